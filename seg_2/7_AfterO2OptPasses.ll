; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}" = internal constant [54 x i8] c"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}\00"
@LightningSimulator = internal constant [19 x i8] c"LightningSimulator\00"
@"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so" = internal constant [97 x i8] c"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so\00"
@enzyme_const = linkonce constant i8 0
@__enzyme_function_like_free = local_unnamed_addr global [2 x ptr] [ptr @_mlir_memref_to_llvm_free, ptr @freename]
@freename = linkonce constant [5 x i8] c"free\00"
@dealloc_indices = linkonce constant [3 x i8] c"-1\00"
@__enzyme_allocation_like = local_unnamed_addr global [4 x ptr] [ptr @_mlir_memref_to_llvm_alloc, ptr null, ptr @dealloc_indices, ptr @_mlir_memref_to_llvm_free]
@__enzyme_register_gradient_energy_0.quantum = local_unnamed_addr global [3 x ptr] [ptr @energy_0.quantum, ptr @energy_0.quantum.augfwd, ptr @energy_0.quantum.customqgrad]

declare void @__catalyst__rt__finalize() local_unnamed_addr

declare void @__catalyst__rt__initialize(ptr) local_unnamed_addr

declare void @__catalyst__rt__device_release() local_unnamed_addr

declare void @__catalyst__rt__qubit_release_array(ptr) local_unnamed_addr

declare double @__catalyst__qis__Expval(i64) local_unnamed_addr

declare i64 @__catalyst__qis__HamiltonianObs(ptr, i64, ...) local_unnamed_addr

declare i64 @__catalyst__qis__TensorObs(i64, ...) local_unnamed_addr

declare i64 @__catalyst__qis__NamedObs(i64, ptr) local_unnamed_addr

declare void @__catalyst__qis__RX(double, ptr, ptr) local_unnamed_addr

declare void @__catalyst__qis__MultiRZ(double, ptr, i64, ...) local_unnamed_addr

declare void @__catalyst__qis__Hadamard(ptr, ptr) local_unnamed_addr

declare ptr @__catalyst__rt__array_get_element_ptr_1d(ptr, i64) local_unnamed_addr

declare ptr @__catalyst__rt__qubit_allocate_array(i64) local_unnamed_addr

declare void @__catalyst__rt__device_init(ptr, ptr, ptr, i64, i1) local_unnamed_addr

declare void @__enzyme_autodiff0(...) local_unnamed_addr

declare void @_mlir_memref_to_llvm_free(ptr)

declare ptr @_mlir_memref_to_llvm_alloc(i64)

declare void @__catalyst__qis__Gradient(i64, ...) local_unnamed_addr

declare void @__catalyst__rt__toggle_recorder(i1) local_unnamed_addr

define { ptr, ptr, i64, [2 x i64], [2 x i64] } @jit_seg(ptr readnone captures(none) %0, ptr readonly captures(none) %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, ptr readnone captures(none) %19, ptr readonly captures(none) %20, i64 %21) local_unnamed_addr {
  %23 = load i64, ptr %20, align 4, !tbaa !1
  %24 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %25 = ptrtoint ptr %24 to i64
  %26 = add i64 %25, 63
  %27 = and i64 %26, -64
  %28 = inttoptr i64 %27 to ptr
  %29 = shl i64 %3, 3
  %30 = mul i64 %29, %4
  %31 = getelementptr inbounds double, ptr %1, i64 %2
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 64 %28, ptr align 1 %31, i64 %30, i1 false)
  %32 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %32, ptr noundef nonnull align 64 dereferenceable(48) %28, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr %24)
  %33 = icmp sgt i64 %23, 0
  %34 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %35 = ptrtoint ptr %34 to i64
  %36 = add i64 %35, 63
  %37 = and i64 %36, -64
  %38 = inttoptr i64 %37 to ptr
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 64 dereferenceable(48) %38, ptr noundef nonnull align 1 dereferenceable(48) %32, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %32)
  %39 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %39, ptr noundef nonnull align 64 dereferenceable(48) %38, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr %34)
  br i1 %33, label %.lr.ph, label %._crit_edge

.lr.ph:                                           ; preds = %22, %.lr.ph
  %40 = phi ptr [ %102, %.lr.ph ], [ %39, %22 ]
  %41 = phi i64 [ %95, %.lr.ph ], [ 0, %22 ]
  %42 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %43 = ptrtoint ptr %42 to i64
  %44 = add i64 %43, 63
  %45 = and i64 %44, -64
  %46 = inttoptr i64 %45 to ptr
  store double 1.000000e+00, ptr %46, align 64, !tbaa !4
  %47 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  %48 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 8)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %47, i8 0, i64 48, i1 false)
  tail call void (...) @__enzyme_autodiff0(ptr nonnull @energy_0.preprocess, ptr nonnull @enzyme_const, ptr nonnull %40, ptr nonnull %40, ptr nonnull %47, i64 0, i64 2, i64 3, i64 3, i64 1, ptr nonnull @enzyme_const, ptr %7, ptr nonnull @enzyme_const, ptr %8, i64 %9, i64 %10, i64 %11, ptr nonnull @enzyme_const, ptr %12, ptr nonnull @enzyme_const, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, ptr nonnull @enzyme_const, i64 105, ptr nonnull @enzyme_const, ptr %48, ptr %48, ptr nonnull %46, i64 0)
  tail call void @_mlir_memref_to_llvm_free(ptr %42)
  %49 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %50 = ptrtoint ptr %49 to i64
  %51 = add i64 %50, 63
  %52 = and i64 %51, -64
  %53 = inttoptr i64 %52 to ptr
  store double 5.000000e-02, ptr %53, align 64, !tbaa !4
  %54 = getelementptr i8, ptr %53, i64 8
  store double 5.000000e-02, ptr %54, align 8, !tbaa !4
  %55 = getelementptr i8, ptr %53, i64 16
  store double 5.000000e-02, ptr %55, align 16, !tbaa !4
  %56 = getelementptr i8, ptr %53, i64 24
  store double 5.000000e-02, ptr %56, align 8, !tbaa !4
  %57 = getelementptr i8, ptr %53, i64 32
  store double 5.000000e-02, ptr %57, align 32, !tbaa !4
  %58 = getelementptr i8, ptr %53, i64 40
  store double 5.000000e-02, ptr %58, align 8, !tbaa !4
  %59 = load double, ptr %47, align 8, !tbaa !4
  %60 = fmul double %59, 5.000000e-02
  store double %60, ptr %53, align 64, !tbaa !4
  %61 = getelementptr inbounds nuw i8, ptr %47, i64 8
  %62 = load double, ptr %61, align 8, !tbaa !4
  %63 = fmul double %62, 5.000000e-02
  store double %63, ptr %54, align 8, !tbaa !4
  %64 = getelementptr inbounds nuw i8, ptr %47, i64 16
  %65 = load double, ptr %64, align 8, !tbaa !4
  %66 = fmul double %65, 5.000000e-02
  store double %66, ptr %55, align 16, !tbaa !4
  %67 = getelementptr inbounds nuw i8, ptr %47, i64 24
  %68 = load double, ptr %67, align 8, !tbaa !4
  %69 = fmul double %68, 5.000000e-02
  store double %69, ptr %56, align 8, !tbaa !4
  %70 = getelementptr inbounds nuw i8, ptr %53, i64 32
  %71 = getelementptr inbounds nuw i8, ptr %47, i64 32
  %72 = load double, ptr %71, align 8, !tbaa !4
  %73 = fmul double %72, 5.000000e-02
  store double %73, ptr %70, align 32, !tbaa !4
  %74 = getelementptr inbounds nuw i8, ptr %53, i64 40
  %75 = getelementptr inbounds nuw i8, ptr %47, i64 40
  %76 = load double, ptr %75, align 8, !tbaa !4
  %77 = fmul double %76, 5.000000e-02
  store double %77, ptr %74, align 8, !tbaa !4
  %78 = load double, ptr %40, align 8, !tbaa !4
  %79 = fsub double %78, %60
  store double %79, ptr %53, align 64, !tbaa !4
  %80 = getelementptr inbounds nuw i8, ptr %40, i64 8
  %81 = load double, ptr %80, align 8, !tbaa !4
  %82 = fsub double %81, %63
  store double %82, ptr %54, align 8, !tbaa !4
  %83 = getelementptr inbounds nuw i8, ptr %40, i64 16
  %84 = load double, ptr %83, align 8, !tbaa !4
  %85 = fsub double %84, %66
  store double %85, ptr %55, align 16, !tbaa !4
  %86 = getelementptr inbounds nuw i8, ptr %40, i64 24
  %87 = load double, ptr %86, align 8, !tbaa !4
  %88 = fsub double %87, %69
  store double %88, ptr %56, align 8, !tbaa !4
  %89 = getelementptr inbounds nuw i8, ptr %40, i64 32
  %90 = load double, ptr %89, align 8, !tbaa !4
  %91 = fsub double %90, %73
  store double %91, ptr %70, align 32, !tbaa !4
  %92 = getelementptr inbounds nuw i8, ptr %40, i64 40
  %93 = load double, ptr %92, align 8, !tbaa !4
  %94 = fsub double %93, %77
  store double %94, ptr %74, align 8, !tbaa !4
  %95 = add nuw nsw i64 %41, 1
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %40)
  %96 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %96, ptr noundef nonnull align 64 dereferenceable(48) %53, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr %49)
  %97 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %98 = ptrtoint ptr %97 to i64
  %99 = add i64 %98, 63
  %100 = and i64 %99, -64
  %101 = inttoptr i64 %100 to ptr
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 64 dereferenceable(48) %101, ptr noundef nonnull align 1 dereferenceable(48) %96, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %96)
  %102 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %102, ptr noundef nonnull align 64 dereferenceable(48) %101, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr %97)
  %exitcond.not = icmp eq i64 %95, %23
  br i1 %exitcond.not, label %._crit_edge, label %.lr.ph

._crit_edge:                                      ; preds = %.lr.ph, %22
  %.lcssa = phi ptr [ %39, %22 ], [ %102, %.lr.ph ]
  %103 = icmp eq ptr %.lcssa, inttoptr (i64 3735928559 to ptr)
  br i1 %103, label %104, label %106

104:                                              ; preds = %._crit_edge
  %105 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %105, ptr noundef nonnull align 1 dereferenceable(48) inttoptr (i64 3735928559 to ptr), i64 48, i1 false)
  br label %106

106:                                              ; preds = %104, %._crit_edge
  %.pn27 = phi ptr [ %105, %104 ], [ %.lcssa, %._crit_edge ]
  %.pn26 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %.pn27, 0
  %.pn24 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn26, ptr %.pn27, 1
  %.pn22 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn24, i64 0, 2
  %.pn20 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn22, i64 2, 3, 0
  %.pn18 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn20, i64 3, 3, 1
  %.pn = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn18, i64 3, 4, 0
  %107 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn, i64 1, 4, 1
  ret { ptr, ptr, i64, [2 x i64], [2 x i64] } %107
}

define void @_catalyst_pyface_jit_seg(ptr writeonly captures(none) initializes((0, 56)) %0, ptr readonly captures(none) %1) local_unnamed_addr {
  %.unpack = load ptr, ptr %1, align 8
  %.elt1 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %.unpack2 = load ptr, ptr %.elt1, align 8
  %.elt3 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %.unpack4 = load ptr, ptr %.elt3, align 8
  %.elt5 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %.unpack6 = load ptr, ptr %.elt5, align 8
  %.elt1.i = getelementptr inbounds nuw i8, ptr %.unpack, i64 8
  %.unpack2.i = load ptr, ptr %.elt1.i, align 8
  %.elt3.i = getelementptr inbounds nuw i8, ptr %.unpack, i64 16
  %.unpack4.i = load i64, ptr %.elt3.i, align 8
  %.elt5.i = getelementptr inbounds nuw i8, ptr %.unpack, i64 24
  %.unpack6.unpack.i = load i64, ptr %.elt5.i, align 8
  %.unpack6.elt9.i = getelementptr inbounds nuw i8, ptr %.unpack, i64 32
  %.unpack6.unpack10.i = load i64, ptr %.unpack6.elt9.i, align 8
  %.unpack15.i = load ptr, ptr %.unpack2, align 8
  %.elt16.i = getelementptr inbounds nuw i8, ptr %.unpack2, i64 8
  %.unpack17.i = load ptr, ptr %.elt16.i, align 8
  %.elt18.i = getelementptr inbounds nuw i8, ptr %.unpack2, i64 16
  %.unpack19.i = load i64, ptr %.elt18.i, align 8
  %.elt20.i = getelementptr inbounds nuw i8, ptr %.unpack2, i64 24
  %.unpack21.unpack.i = load i64, ptr %.elt20.i, align 8
  %.elt22.i = getelementptr inbounds nuw i8, ptr %.unpack2, i64 32
  %.unpack23.unpack.i = load i64, ptr %.elt22.i, align 8
  %.unpack26.i = load ptr, ptr %.unpack4, align 8
  %.elt27.i = getelementptr inbounds nuw i8, ptr %.unpack4, i64 8
  %.unpack28.i = load ptr, ptr %.elt27.i, align 8
  %.elt29.i = getelementptr inbounds nuw i8, ptr %.unpack4, i64 16
  %.unpack30.i = load i64, ptr %.elt29.i, align 8
  %.elt31.i = getelementptr inbounds nuw i8, ptr %.unpack4, i64 24
  %.unpack32.unpack.i = load i64, ptr %.elt31.i, align 8
  %.unpack32.elt35.i = getelementptr inbounds nuw i8, ptr %.unpack4, i64 32
  %.unpack32.unpack36.i = load i64, ptr %.unpack32.elt35.i, align 8
  %.elt33.i = getelementptr inbounds nuw i8, ptr %.unpack4, i64 40
  %.unpack34.unpack.i = load i64, ptr %.elt33.i, align 8
  %.unpack34.elt38.i = getelementptr inbounds nuw i8, ptr %.unpack4, i64 48
  %.unpack34.unpack39.i = load i64, ptr %.unpack34.elt38.i, align 8
  %.elt42.i = getelementptr inbounds nuw i8, ptr %.unpack6, i64 8
  %.unpack43.i = load ptr, ptr %.elt42.i, align 8
  %3 = tail call { ptr, ptr, i64, [2 x i64], [2 x i64] } @jit_seg(ptr poison, ptr %.unpack2.i, i64 %.unpack4.i, i64 %.unpack6.unpack.i, i64 %.unpack6.unpack10.i, i64 poison, i64 poison, ptr %.unpack15.i, ptr %.unpack17.i, i64 %.unpack19.i, i64 %.unpack21.unpack.i, i64 %.unpack23.unpack.i, ptr %.unpack26.i, ptr %.unpack28.i, i64 %.unpack30.i, i64 %.unpack32.unpack.i, i64 %.unpack32.unpack36.i, i64 %.unpack34.unpack.i, i64 %.unpack34.unpack39.i, ptr poison, ptr %.unpack43.i, i64 poison)
  %.elt.i = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %3, 0
  store ptr %.elt.i, ptr %0, align 8
  %.repack46.i = getelementptr inbounds nuw i8, ptr %0, i64 8
  %.elt47.i = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %3, 1
  store ptr %.elt47.i, ptr %.repack46.i, align 8
  %.repack48.i = getelementptr inbounds nuw i8, ptr %0, i64 16
  %.elt49.i = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %3, 2
  store i64 %.elt49.i, ptr %.repack48.i, align 8
  %.repack50.i = getelementptr inbounds nuw i8, ptr %0, i64 24
  %.elt51.i = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %3, 3
  %.elt51.elt.i = extractvalue [2 x i64] %.elt51.i, 0
  store i64 %.elt51.elt.i, ptr %.repack50.i, align 8
  %.repack50.repack54.i = getelementptr inbounds nuw i8, ptr %0, i64 32
  %.elt51.elt55.i = extractvalue [2 x i64] %.elt51.i, 1
  store i64 %.elt51.elt55.i, ptr %.repack50.repack54.i, align 8
  %.repack52.i = getelementptr inbounds nuw i8, ptr %0, i64 40
  %.elt53.i = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %3, 4
  %.elt53.elt.i = extractvalue [2 x i64] %.elt53.i, 0
  store i64 %.elt53.elt.i, ptr %.repack52.i, align 8
  %.repack52.repack56.i = getelementptr inbounds nuw i8, ptr %0, i64 48
  %.elt53.elt57.i = extractvalue [2 x i64] %.elt53.i, 1
  store i64 %.elt53.elt57.i, ptr %.repack52.repack56.i, align 8
  ret void
}

define void @_catalyst_ciface_jit_seg(ptr writeonly captures(none) initializes((0, 56)) %0, ptr readonly captures(none) %1, ptr readonly captures(none) %2, ptr readonly captures(none) %3, ptr readonly captures(none) %4) local_unnamed_addr {
  %.elt1 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %.unpack2 = load ptr, ptr %.elt1, align 8
  %.elt3 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %.unpack4 = load i64, ptr %.elt3, align 8
  %.elt5 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %.unpack6.unpack = load i64, ptr %.elt5, align 8
  %.unpack6.elt9 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %.unpack6.unpack10 = load i64, ptr %.unpack6.elt9, align 8
  %.unpack15 = load ptr, ptr %2, align 8
  %.elt16 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %.unpack17 = load ptr, ptr %.elt16, align 8
  %.elt18 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %.unpack19 = load i64, ptr %.elt18, align 8
  %.elt20 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %.unpack21.unpack = load i64, ptr %.elt20, align 8
  %.elt22 = getelementptr inbounds nuw i8, ptr %2, i64 32
  %.unpack23.unpack = load i64, ptr %.elt22, align 8
  %.unpack26 = load ptr, ptr %3, align 8
  %.elt27 = getelementptr inbounds nuw i8, ptr %3, i64 8
  %.unpack28 = load ptr, ptr %.elt27, align 8
  %.elt29 = getelementptr inbounds nuw i8, ptr %3, i64 16
  %.unpack30 = load i64, ptr %.elt29, align 8
  %.elt31 = getelementptr inbounds nuw i8, ptr %3, i64 24
  %.unpack32.unpack = load i64, ptr %.elt31, align 8
  %.unpack32.elt35 = getelementptr inbounds nuw i8, ptr %3, i64 32
  %.unpack32.unpack36 = load i64, ptr %.unpack32.elt35, align 8
  %.elt33 = getelementptr inbounds nuw i8, ptr %3, i64 40
  %.unpack34.unpack = load i64, ptr %.elt33, align 8
  %.unpack34.elt38 = getelementptr inbounds nuw i8, ptr %3, i64 48
  %.unpack34.unpack39 = load i64, ptr %.unpack34.elt38, align 8
  %.elt42 = getelementptr inbounds nuw i8, ptr %4, i64 8
  %.unpack43 = load ptr, ptr %.elt42, align 8
  %6 = tail call { ptr, ptr, i64, [2 x i64], [2 x i64] } @jit_seg(ptr poison, ptr %.unpack2, i64 %.unpack4, i64 %.unpack6.unpack, i64 %.unpack6.unpack10, i64 poison, i64 poison, ptr %.unpack15, ptr %.unpack17, i64 %.unpack19, i64 %.unpack21.unpack, i64 %.unpack23.unpack, ptr %.unpack26, ptr %.unpack28, i64 %.unpack30, i64 %.unpack32.unpack, i64 %.unpack32.unpack36, i64 %.unpack34.unpack, i64 %.unpack34.unpack39, ptr poison, ptr %.unpack43, i64 poison)
  %.elt = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 0
  store ptr %.elt, ptr %0, align 8
  %.repack46 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %.elt47 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 1
  store ptr %.elt47, ptr %.repack46, align 8
  %.repack48 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %.elt49 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 2
  store i64 %.elt49, ptr %.repack48, align 8
  %.repack50 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %.elt51 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 3
  %.elt51.elt = extractvalue [2 x i64] %.elt51, 0
  store i64 %.elt51.elt, ptr %.repack50, align 8
  %.repack50.repack54 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %.elt51.elt55 = extractvalue [2 x i64] %.elt51, 1
  store i64 %.elt51.elt55, ptr %.repack50.repack54, align 8
  %.repack52 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %.elt53 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 4
  %.elt53.elt = extractvalue [2 x i64] %.elt53, 0
  store i64 %.elt53.elt, ptr %.repack52, align 8
  %.repack52.repack56 = getelementptr inbounds nuw i8, ptr %0, i64 48
  %.elt53.elt57 = extractvalue [2 x i64] %.elt53, 1
  store i64 %.elt53.elt57, ptr %.repack52.repack56, align 8
  ret void
}

define { ptr, ptr, i64, [1 x i64], [1 x i64] } @energy_0.adjoint(ptr readnone captures(none) %0, ptr readonly captures(none) %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr readnone captures(none) %12, ptr readonly captures(none) %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, i64 %19) local_unnamed_addr {
  %.idx = shl i64 %19, 3
  %21 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 %.idx)
  %22 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } poison, ptr %21, 0
  %23 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %22, ptr %21, 1
  %24 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %23, i64 0, 2
  %25 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %24, i64 %19, 3, 0
  %26 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %25, i64 1, 4, 0
  tail call void @__catalyst__rt__toggle_recorder(i1 true)
  %27 = tail call ptr @energy_0.nodealloc(ptr poison, ptr %1, i64 poison, i64 poison, i64 poison, i64 poison, i64 poison, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr poison, ptr %13, i64 poison, i64 poison, i64 poison, i64 poison, i64 poison)
  tail call void @__catalyst__rt__toggle_recorder(i1 false)
  %28 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  store ptr %21, ptr %28, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %28, i64 8
  store ptr %21, ptr %.fca.1.gep, align 8
  %.fca.2.gep = getelementptr inbounds nuw i8, ptr %28, i64 16
  store i64 0, ptr %.fca.2.gep, align 8
  %.fca.3.0.gep = getelementptr inbounds nuw i8, ptr %28, i64 24
  store i64 %19, ptr %.fca.3.0.gep, align 8
  %.fca.4.0.gep = getelementptr inbounds nuw i8, ptr %28, i64 32
  store i64 1, ptr %.fca.4.0.gep, align 8
  call void (i64, ...) @__catalyst__qis__Gradient(i64 1, ptr nonnull %28)
  call void @__catalyst__rt__qubit_release_array(ptr %27)
  call void @__catalyst__rt__device_release()
  ret { ptr, ptr, i64, [1 x i64], [1 x i64] } %26
}

define ptr @energy_0.nodealloc(ptr readnone captures(none) %0, ptr readonly captures(none) %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr readnone captures(none) %12, ptr readonly captures(none) %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18) local_unnamed_addr {
  %20 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %21 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %22 = load double, ptr %21, align 8, !tbaa !4
  %23 = fmul double %22, 2.000000e+00
  %24 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %25 = load double, ptr %24, align 8, !tbaa !4
  %26 = fmul double %25, 2.000000e+00
  %27 = getelementptr inbounds nuw i8, ptr %8, i64 160
  %28 = load double, ptr %27, align 8, !tbaa !4
  %29 = fmul double %26, %28
  %30 = getelementptr inbounds nuw i8, ptr %8, i64 152
  %31 = load double, ptr %30, align 8, !tbaa !4
  %32 = fmul double %26, %31
  %33 = getelementptr inbounds nuw i8, ptr %8, i64 144
  %34 = load double, ptr %33, align 8, !tbaa !4
  %35 = fmul double %26, %34
  %36 = getelementptr inbounds nuw i8, ptr %8, i64 136
  %37 = load double, ptr %36, align 8, !tbaa !4
  %38 = fmul double %26, %37
  %39 = getelementptr inbounds nuw i8, ptr %8, i64 128
  %40 = load double, ptr %39, align 8, !tbaa !4
  %41 = fmul double %26, %40
  %42 = getelementptr inbounds nuw i8, ptr %8, i64 120
  %43 = load double, ptr %42, align 8, !tbaa !4
  %44 = fmul double %26, %43
  %45 = getelementptr inbounds nuw i8, ptr %8, i64 112
  %46 = load double, ptr %45, align 8, !tbaa !4
  %47 = fmul double %26, %46
  %48 = getelementptr inbounds nuw i8, ptr %8, i64 104
  %49 = load double, ptr %48, align 8, !tbaa !4
  %50 = fmul double %26, %49
  %51 = getelementptr inbounds nuw i8, ptr %8, i64 96
  %52 = load double, ptr %51, align 8, !tbaa !4
  %53 = fmul double %26, %52
  %54 = getelementptr inbounds nuw i8, ptr %8, i64 88
  %55 = load double, ptr %54, align 8, !tbaa !4
  %56 = fmul double %26, %55
  %57 = getelementptr inbounds nuw i8, ptr %8, i64 80
  %58 = load double, ptr %57, align 8, !tbaa !4
  %59 = fmul double %26, %58
  %60 = getelementptr inbounds nuw i8, ptr %8, i64 72
  %61 = load double, ptr %60, align 8, !tbaa !4
  %62 = fmul double %26, %61
  %63 = getelementptr inbounds nuw i8, ptr %8, i64 64
  %64 = load double, ptr %63, align 8, !tbaa !4
  %65 = fmul double %26, %64
  %66 = getelementptr inbounds nuw i8, ptr %8, i64 56
  %67 = load double, ptr %66, align 8, !tbaa !4
  %68 = fmul double %26, %67
  %69 = getelementptr inbounds nuw i8, ptr %8, i64 48
  %70 = load double, ptr %69, align 8, !tbaa !4
  %71 = fmul double %26, %70
  %72 = getelementptr inbounds nuw i8, ptr %8, i64 40
  %73 = load double, ptr %72, align 8, !tbaa !4
  %74 = fmul double %26, %73
  %75 = getelementptr inbounds nuw i8, ptr %8, i64 32
  %76 = load double, ptr %75, align 8, !tbaa !4
  %77 = fmul double %26, %76
  %78 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %79 = load double, ptr %78, align 8, !tbaa !4
  %80 = fmul double %26, %79
  %81 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %82 = load double, ptr %81, align 8, !tbaa !4
  %83 = fmul double %26, %82
  %84 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %85 = load double, ptr %84, align 8, !tbaa !4
  %86 = fmul double %26, %85
  %87 = load double, ptr %8, align 8, !tbaa !4
  %88 = fmul double %26, %87
  %89 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %90 = load double, ptr %89, align 8, !tbaa !4
  %91 = fmul double %90, 2.000000e+00
  %92 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %93 = load double, ptr %92, align 8, !tbaa !4
  %94 = fmul double %93, 2.000000e+00
  %95 = fmul double %28, %94
  %96 = fmul double %31, %94
  %97 = fmul double %34, %94
  %98 = fmul double %37, %94
  %99 = fmul double %40, %94
  %100 = fmul double %43, %94
  %101 = fmul double %46, %94
  %102 = fmul double %49, %94
  %103 = fmul double %52, %94
  %104 = fmul double %55, %94
  %105 = fmul double %58, %94
  %106 = fmul double %61, %94
  %107 = fmul double %64, %94
  %108 = fmul double %67, %94
  %109 = fmul double %70, %94
  %110 = fmul double %73, %94
  %111 = fmul double %76, %94
  %112 = fmul double %79, %94
  %113 = fmul double %82, %94
  %114 = fmul double %85, %94
  %115 = fmul double %87, %94
  %116 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %117 = load double, ptr %116, align 8, !tbaa !4
  %118 = fmul double %117, 2.000000e+00
  %119 = load double, ptr %1, align 8, !tbaa !4
  %120 = fmul double %119, 2.000000e+00
  %121 = fmul double %28, %120
  %122 = fmul double %31, %120
  %123 = fmul double %34, %120
  %124 = fmul double %37, %120
  %125 = fmul double %40, %120
  %126 = fmul double %43, %120
  %127 = fmul double %46, %120
  %128 = fmul double %49, %120
  %129 = fmul double %52, %120
  %130 = fmul double %55, %120
  %131 = fmul double %58, %120
  %132 = fmul double %61, %120
  %133 = fmul double %64, %120
  %134 = fmul double %67, %120
  %135 = fmul double %70, %120
  %136 = fmul double %73, %120
  %137 = fmul double %76, %120
  %138 = fmul double %79, %120
  %139 = fmul double %82, %120
  %140 = fmul double %85, %120
  %141 = fmul double %87, %120
  tail call void @__catalyst__rt__device_init(ptr nonnull @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", ptr nonnull @LightningSimulator, ptr nonnull @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}", i64 0, i1 false)
  %142 = tail call ptr @__catalyst__rt__qubit_allocate_array(i64 14)
  %143 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 13)
  %144 = load ptr, ptr %143, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %144, ptr null)
  %145 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 12)
  %146 = load ptr, ptr %145, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %146, ptr null)
  %147 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 11)
  %148 = load ptr, ptr %147, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %148, ptr null)
  %149 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 10)
  %150 = load ptr, ptr %149, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %150, ptr null)
  %151 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 9)
  %152 = load ptr, ptr %151, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %152, ptr null)
  %153 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 8)
  %154 = load ptr, ptr %153, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %154, ptr null)
  %155 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 7)
  %156 = load ptr, ptr %155, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %156, ptr null)
  %157 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 6)
  %158 = load ptr, ptr %157, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %158, ptr null)
  %159 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 5)
  %160 = load ptr, ptr %159, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %160, ptr null)
  %161 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 4)
  %162 = load ptr, ptr %161, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %162, ptr null)
  %163 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 3)
  %164 = load ptr, ptr %163, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %164, ptr null)
  %165 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 2)
  %166 = load ptr, ptr %165, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %166, ptr null)
  %167 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 1)
  %168 = load ptr, ptr %167, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %168, ptr null)
  %169 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 0)
  %170 = load ptr, ptr %169, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %170, ptr null)
  %171 = load i64, ptr %13, align 4, !tbaa !1
  %172 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %171)
  %173 = load ptr, ptr %172, align 8
  %174 = getelementptr inbounds nuw i8, ptr %13, i64 8
  %175 = load i64, ptr %174, align 4, !tbaa !1
  %176 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %175)
  %177 = load ptr, ptr %176, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %141, ptr null, i64 2, ptr %173, ptr %177)
  %178 = getelementptr inbounds nuw i8, ptr %13, i64 16
  %179 = load i64, ptr %178, align 4, !tbaa !1
  %180 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %179)
  %181 = load ptr, ptr %180, align 8
  %182 = getelementptr inbounds nuw i8, ptr %13, i64 24
  %183 = load i64, ptr %182, align 4, !tbaa !1
  %184 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %183)
  %185 = load ptr, ptr %184, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %140, ptr null, i64 2, ptr %181, ptr %185)
  %186 = getelementptr inbounds nuw i8, ptr %13, i64 32
  %187 = load i64, ptr %186, align 4, !tbaa !1
  %188 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %187)
  %189 = load ptr, ptr %188, align 8
  %190 = getelementptr inbounds nuw i8, ptr %13, i64 40
  %191 = load i64, ptr %190, align 4, !tbaa !1
  %192 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %191)
  %193 = load ptr, ptr %192, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %139, ptr null, i64 2, ptr %189, ptr %193)
  %194 = getelementptr inbounds nuw i8, ptr %13, i64 48
  %195 = load i64, ptr %194, align 4, !tbaa !1
  %196 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %195)
  %197 = load ptr, ptr %196, align 8
  %198 = getelementptr inbounds nuw i8, ptr %13, i64 56
  %199 = load i64, ptr %198, align 4, !tbaa !1
  %200 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %199)
  %201 = load ptr, ptr %200, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %138, ptr null, i64 2, ptr %197, ptr %201)
  %202 = getelementptr inbounds nuw i8, ptr %13, i64 64
  %203 = load i64, ptr %202, align 4, !tbaa !1
  %204 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %203)
  %205 = load ptr, ptr %204, align 8
  %206 = getelementptr inbounds nuw i8, ptr %13, i64 72
  %207 = load i64, ptr %206, align 4, !tbaa !1
  %208 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %207)
  %209 = load ptr, ptr %208, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %137, ptr null, i64 2, ptr %205, ptr %209)
  %210 = getelementptr inbounds nuw i8, ptr %13, i64 80
  %211 = load i64, ptr %210, align 4, !tbaa !1
  %212 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %211)
  %213 = load ptr, ptr %212, align 8
  %214 = getelementptr inbounds nuw i8, ptr %13, i64 88
  %215 = load i64, ptr %214, align 4, !tbaa !1
  %216 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %215)
  %217 = load ptr, ptr %216, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %136, ptr null, i64 2, ptr %213, ptr %217)
  %218 = getelementptr inbounds nuw i8, ptr %13, i64 96
  %219 = load i64, ptr %218, align 4, !tbaa !1
  %220 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %219)
  %221 = load ptr, ptr %220, align 8
  %222 = getelementptr inbounds nuw i8, ptr %13, i64 104
  %223 = load i64, ptr %222, align 4, !tbaa !1
  %224 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %223)
  %225 = load ptr, ptr %224, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %135, ptr null, i64 2, ptr %221, ptr %225)
  %226 = getelementptr inbounds nuw i8, ptr %13, i64 112
  %227 = load i64, ptr %226, align 4, !tbaa !1
  %228 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %227)
  %229 = load ptr, ptr %228, align 8
  %230 = getelementptr inbounds nuw i8, ptr %13, i64 120
  %231 = load i64, ptr %230, align 4, !tbaa !1
  %232 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %231)
  %233 = load ptr, ptr %232, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %134, ptr null, i64 2, ptr %229, ptr %233)
  %234 = getelementptr inbounds nuw i8, ptr %13, i64 128
  %235 = load i64, ptr %234, align 4, !tbaa !1
  %236 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %235)
  %237 = load ptr, ptr %236, align 8
  %238 = getelementptr inbounds nuw i8, ptr %13, i64 136
  %239 = load i64, ptr %238, align 4, !tbaa !1
  %240 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %239)
  %241 = load ptr, ptr %240, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %133, ptr null, i64 2, ptr %237, ptr %241)
  %242 = getelementptr inbounds nuw i8, ptr %13, i64 144
  %243 = load i64, ptr %242, align 4, !tbaa !1
  %244 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %243)
  %245 = load ptr, ptr %244, align 8
  %246 = getelementptr inbounds nuw i8, ptr %13, i64 152
  %247 = load i64, ptr %246, align 4, !tbaa !1
  %248 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %247)
  %249 = load ptr, ptr %248, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %132, ptr null, i64 2, ptr %245, ptr %249)
  %250 = getelementptr inbounds nuw i8, ptr %13, i64 160
  %251 = load i64, ptr %250, align 4, !tbaa !1
  %252 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %251)
  %253 = load ptr, ptr %252, align 8
  %254 = getelementptr inbounds nuw i8, ptr %13, i64 168
  %255 = load i64, ptr %254, align 4, !tbaa !1
  %256 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %255)
  %257 = load ptr, ptr %256, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %131, ptr null, i64 2, ptr %253, ptr %257)
  %258 = getelementptr inbounds nuw i8, ptr %13, i64 176
  %259 = load i64, ptr %258, align 4, !tbaa !1
  %260 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %259)
  %261 = load ptr, ptr %260, align 8
  %262 = getelementptr inbounds nuw i8, ptr %13, i64 184
  %263 = load i64, ptr %262, align 4, !tbaa !1
  %264 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %263)
  %265 = load ptr, ptr %264, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %130, ptr null, i64 2, ptr %261, ptr %265)
  %266 = getelementptr inbounds nuw i8, ptr %13, i64 192
  %267 = load i64, ptr %266, align 4, !tbaa !1
  %268 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %267)
  %269 = load ptr, ptr %268, align 8
  %270 = getelementptr inbounds nuw i8, ptr %13, i64 200
  %271 = load i64, ptr %270, align 4, !tbaa !1
  %272 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %271)
  %273 = load ptr, ptr %272, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %129, ptr null, i64 2, ptr %269, ptr %273)
  %274 = getelementptr inbounds nuw i8, ptr %13, i64 208
  %275 = load i64, ptr %274, align 4, !tbaa !1
  %276 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %275)
  %277 = load ptr, ptr %276, align 8
  %278 = getelementptr inbounds nuw i8, ptr %13, i64 216
  %279 = load i64, ptr %278, align 4, !tbaa !1
  %280 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %279)
  %281 = load ptr, ptr %280, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %128, ptr null, i64 2, ptr %277, ptr %281)
  %282 = getelementptr inbounds nuw i8, ptr %13, i64 224
  %283 = load i64, ptr %282, align 4, !tbaa !1
  %284 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %283)
  %285 = load ptr, ptr %284, align 8
  %286 = getelementptr inbounds nuw i8, ptr %13, i64 232
  %287 = load i64, ptr %286, align 4, !tbaa !1
  %288 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %287)
  %289 = load ptr, ptr %288, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %127, ptr null, i64 2, ptr %285, ptr %289)
  %290 = getelementptr inbounds nuw i8, ptr %13, i64 240
  %291 = load i64, ptr %290, align 4, !tbaa !1
  %292 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %291)
  %293 = load ptr, ptr %292, align 8
  %294 = getelementptr inbounds nuw i8, ptr %13, i64 248
  %295 = load i64, ptr %294, align 4, !tbaa !1
  %296 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %295)
  %297 = load ptr, ptr %296, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %126, ptr null, i64 2, ptr %293, ptr %297)
  %298 = getelementptr inbounds nuw i8, ptr %13, i64 256
  %299 = load i64, ptr %298, align 4, !tbaa !1
  %300 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %299)
  %301 = load ptr, ptr %300, align 8
  %302 = getelementptr inbounds nuw i8, ptr %13, i64 264
  %303 = load i64, ptr %302, align 4, !tbaa !1
  %304 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %303)
  %305 = load ptr, ptr %304, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %125, ptr null, i64 2, ptr %301, ptr %305)
  %306 = getelementptr inbounds nuw i8, ptr %13, i64 272
  %307 = load i64, ptr %306, align 4, !tbaa !1
  %308 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %307)
  %309 = load ptr, ptr %308, align 8
  %310 = getelementptr inbounds nuw i8, ptr %13, i64 280
  %311 = load i64, ptr %310, align 4, !tbaa !1
  %312 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %311)
  %313 = load ptr, ptr %312, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %124, ptr null, i64 2, ptr %309, ptr %313)
  %314 = getelementptr inbounds nuw i8, ptr %13, i64 288
  %315 = load i64, ptr %314, align 4, !tbaa !1
  %316 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %315)
  %317 = load ptr, ptr %316, align 8
  %318 = getelementptr inbounds nuw i8, ptr %13, i64 296
  %319 = load i64, ptr %318, align 4, !tbaa !1
  %320 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %319)
  %321 = load ptr, ptr %320, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %123, ptr null, i64 2, ptr %317, ptr %321)
  %322 = getelementptr inbounds nuw i8, ptr %13, i64 304
  %323 = load i64, ptr %322, align 4, !tbaa !1
  %324 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %323)
  %325 = load ptr, ptr %324, align 8
  %326 = getelementptr inbounds nuw i8, ptr %13, i64 312
  %327 = load i64, ptr %326, align 4, !tbaa !1
  %328 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %327)
  %329 = load ptr, ptr %328, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %122, ptr null, i64 2, ptr %325, ptr %329)
  %330 = getelementptr inbounds nuw i8, ptr %13, i64 320
  %331 = load i64, ptr %330, align 4, !tbaa !1
  %332 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %331)
  %333 = load ptr, ptr %332, align 8
  %334 = getelementptr inbounds nuw i8, ptr %13, i64 328
  %335 = load i64, ptr %334, align 4, !tbaa !1
  %336 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %335)
  %337 = load ptr, ptr %336, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %121, ptr null, i64 2, ptr %333, ptr %337)
  %338 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 13)
  %339 = load ptr, ptr %338, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %339, ptr null)
  %340 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 12)
  %341 = load ptr, ptr %340, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %341, ptr null)
  %342 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 11)
  %343 = load ptr, ptr %342, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %343, ptr null)
  %344 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 10)
  %345 = load ptr, ptr %344, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %345, ptr null)
  %346 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 9)
  %347 = load ptr, ptr %346, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %347, ptr null)
  %348 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 8)
  %349 = load ptr, ptr %348, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %349, ptr null)
  %350 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 7)
  %351 = load ptr, ptr %350, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %351, ptr null)
  %352 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 6)
  %353 = load ptr, ptr %352, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %353, ptr null)
  %354 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 5)
  %355 = load ptr, ptr %354, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %355, ptr null)
  %356 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 4)
  %357 = load ptr, ptr %356, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %357, ptr null)
  %358 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 3)
  %359 = load ptr, ptr %358, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %359, ptr null)
  %360 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 2)
  %361 = load ptr, ptr %360, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %361, ptr null)
  %362 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 1)
  %363 = load ptr, ptr %362, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %363, ptr null)
  %364 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 0)
  %365 = load ptr, ptr %364, align 8
  tail call void @__catalyst__qis__RX(double %118, ptr %365, ptr null)
  %366 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %171)
  %367 = load ptr, ptr %366, align 8
  %368 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %175)
  %369 = load ptr, ptr %368, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %115, ptr null, i64 2, ptr %367, ptr %369)
  %370 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %179)
  %371 = load ptr, ptr %370, align 8
  %372 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %183)
  %373 = load ptr, ptr %372, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %114, ptr null, i64 2, ptr %371, ptr %373)
  %374 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %187)
  %375 = load ptr, ptr %374, align 8
  %376 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %191)
  %377 = load ptr, ptr %376, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %113, ptr null, i64 2, ptr %375, ptr %377)
  %378 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %195)
  %379 = load ptr, ptr %378, align 8
  %380 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %199)
  %381 = load ptr, ptr %380, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %112, ptr null, i64 2, ptr %379, ptr %381)
  %382 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %203)
  %383 = load ptr, ptr %382, align 8
  %384 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %207)
  %385 = load ptr, ptr %384, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %111, ptr null, i64 2, ptr %383, ptr %385)
  %386 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %211)
  %387 = load ptr, ptr %386, align 8
  %388 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %215)
  %389 = load ptr, ptr %388, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %110, ptr null, i64 2, ptr %387, ptr %389)
  %390 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %219)
  %391 = load ptr, ptr %390, align 8
  %392 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %223)
  %393 = load ptr, ptr %392, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %109, ptr null, i64 2, ptr %391, ptr %393)
  %394 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %227)
  %395 = load ptr, ptr %394, align 8
  %396 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %231)
  %397 = load ptr, ptr %396, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %108, ptr null, i64 2, ptr %395, ptr %397)
  %398 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %235)
  %399 = load ptr, ptr %398, align 8
  %400 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %239)
  %401 = load ptr, ptr %400, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %107, ptr null, i64 2, ptr %399, ptr %401)
  %402 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %243)
  %403 = load ptr, ptr %402, align 8
  %404 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %247)
  %405 = load ptr, ptr %404, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %106, ptr null, i64 2, ptr %403, ptr %405)
  %406 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %251)
  %407 = load ptr, ptr %406, align 8
  %408 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %255)
  %409 = load ptr, ptr %408, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %105, ptr null, i64 2, ptr %407, ptr %409)
  %410 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %259)
  %411 = load ptr, ptr %410, align 8
  %412 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %263)
  %413 = load ptr, ptr %412, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %104, ptr null, i64 2, ptr %411, ptr %413)
  %414 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %267)
  %415 = load ptr, ptr %414, align 8
  %416 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %271)
  %417 = load ptr, ptr %416, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %103, ptr null, i64 2, ptr %415, ptr %417)
  %418 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %275)
  %419 = load ptr, ptr %418, align 8
  %420 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %279)
  %421 = load ptr, ptr %420, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %102, ptr null, i64 2, ptr %419, ptr %421)
  %422 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %283)
  %423 = load ptr, ptr %422, align 8
  %424 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %287)
  %425 = load ptr, ptr %424, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %101, ptr null, i64 2, ptr %423, ptr %425)
  %426 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %291)
  %427 = load ptr, ptr %426, align 8
  %428 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %295)
  %429 = load ptr, ptr %428, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %100, ptr null, i64 2, ptr %427, ptr %429)
  %430 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %299)
  %431 = load ptr, ptr %430, align 8
  %432 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %303)
  %433 = load ptr, ptr %432, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %99, ptr null, i64 2, ptr %431, ptr %433)
  %434 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %307)
  %435 = load ptr, ptr %434, align 8
  %436 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %311)
  %437 = load ptr, ptr %436, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %98, ptr null, i64 2, ptr %435, ptr %437)
  %438 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %315)
  %439 = load ptr, ptr %438, align 8
  %440 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %319)
  %441 = load ptr, ptr %440, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %97, ptr null, i64 2, ptr %439, ptr %441)
  %442 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %323)
  %443 = load ptr, ptr %442, align 8
  %444 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %327)
  %445 = load ptr, ptr %444, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %96, ptr null, i64 2, ptr %443, ptr %445)
  %446 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %331)
  %447 = load ptr, ptr %446, align 8
  %448 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %335)
  %449 = load ptr, ptr %448, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %95, ptr null, i64 2, ptr %447, ptr %449)
  %450 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 13)
  %451 = load ptr, ptr %450, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %451, ptr null)
  %452 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 12)
  %453 = load ptr, ptr %452, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %453, ptr null)
  %454 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 11)
  %455 = load ptr, ptr %454, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %455, ptr null)
  %456 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 10)
  %457 = load ptr, ptr %456, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %457, ptr null)
  %458 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 9)
  %459 = load ptr, ptr %458, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %459, ptr null)
  %460 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 8)
  %461 = load ptr, ptr %460, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %461, ptr null)
  %462 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 7)
  %463 = load ptr, ptr %462, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %463, ptr null)
  %464 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 6)
  %465 = load ptr, ptr %464, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %465, ptr null)
  %466 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 5)
  %467 = load ptr, ptr %466, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %467, ptr null)
  %468 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 4)
  %469 = load ptr, ptr %468, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %469, ptr null)
  %470 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 3)
  %471 = load ptr, ptr %470, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %471, ptr null)
  %472 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 2)
  %473 = load ptr, ptr %472, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %473, ptr null)
  %474 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 1)
  %475 = load ptr, ptr %474, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %475, ptr null)
  %476 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 0)
  %477 = load ptr, ptr %476, align 8
  tail call void @__catalyst__qis__RX(double %91, ptr %477, ptr null)
  %478 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %171)
  %479 = load ptr, ptr %478, align 8
  %480 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %175)
  %481 = load ptr, ptr %480, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %88, ptr null, i64 2, ptr %479, ptr %481)
  %482 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %179)
  %483 = load ptr, ptr %482, align 8
  %484 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %183)
  %485 = load ptr, ptr %484, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %86, ptr null, i64 2, ptr %483, ptr %485)
  %486 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %187)
  %487 = load ptr, ptr %486, align 8
  %488 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %191)
  %489 = load ptr, ptr %488, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %83, ptr null, i64 2, ptr %487, ptr %489)
  %490 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %195)
  %491 = load ptr, ptr %490, align 8
  %492 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %199)
  %493 = load ptr, ptr %492, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %80, ptr null, i64 2, ptr %491, ptr %493)
  %494 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %203)
  %495 = load ptr, ptr %494, align 8
  %496 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %207)
  %497 = load ptr, ptr %496, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %77, ptr null, i64 2, ptr %495, ptr %497)
  %498 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %211)
  %499 = load ptr, ptr %498, align 8
  %500 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %215)
  %501 = load ptr, ptr %500, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %74, ptr null, i64 2, ptr %499, ptr %501)
  %502 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %219)
  %503 = load ptr, ptr %502, align 8
  %504 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %223)
  %505 = load ptr, ptr %504, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %71, ptr null, i64 2, ptr %503, ptr %505)
  %506 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %227)
  %507 = load ptr, ptr %506, align 8
  %508 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %231)
  %509 = load ptr, ptr %508, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %68, ptr null, i64 2, ptr %507, ptr %509)
  %510 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %235)
  %511 = load ptr, ptr %510, align 8
  %512 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %239)
  %513 = load ptr, ptr %512, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %65, ptr null, i64 2, ptr %511, ptr %513)
  %514 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %243)
  %515 = load ptr, ptr %514, align 8
  %516 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %247)
  %517 = load ptr, ptr %516, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %62, ptr null, i64 2, ptr %515, ptr %517)
  %518 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %251)
  %519 = load ptr, ptr %518, align 8
  %520 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %255)
  %521 = load ptr, ptr %520, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %59, ptr null, i64 2, ptr %519, ptr %521)
  %522 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %259)
  %523 = load ptr, ptr %522, align 8
  %524 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %263)
  %525 = load ptr, ptr %524, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %56, ptr null, i64 2, ptr %523, ptr %525)
  %526 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %267)
  %527 = load ptr, ptr %526, align 8
  %528 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %271)
  %529 = load ptr, ptr %528, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %53, ptr null, i64 2, ptr %527, ptr %529)
  %530 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %275)
  %531 = load ptr, ptr %530, align 8
  %532 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %279)
  %533 = load ptr, ptr %532, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %50, ptr null, i64 2, ptr %531, ptr %533)
  %534 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %283)
  %535 = load ptr, ptr %534, align 8
  %536 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %287)
  %537 = load ptr, ptr %536, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %47, ptr null, i64 2, ptr %535, ptr %537)
  %538 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %291)
  %539 = load ptr, ptr %538, align 8
  %540 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %295)
  %541 = load ptr, ptr %540, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %44, ptr null, i64 2, ptr %539, ptr %541)
  %542 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %299)
  %543 = load ptr, ptr %542, align 8
  %544 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %303)
  %545 = load ptr, ptr %544, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %41, ptr null, i64 2, ptr %543, ptr %545)
  %546 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %307)
  %547 = load ptr, ptr %546, align 8
  %548 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %311)
  %549 = load ptr, ptr %548, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %38, ptr null, i64 2, ptr %547, ptr %549)
  %550 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %315)
  %551 = load ptr, ptr %550, align 8
  %552 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %319)
  %553 = load ptr, ptr %552, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %35, ptr null, i64 2, ptr %551, ptr %553)
  %554 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %323)
  %555 = load ptr, ptr %554, align 8
  %556 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %327)
  %557 = load ptr, ptr %556, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %32, ptr null, i64 2, ptr %555, ptr %557)
  %558 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %331)
  %559 = load ptr, ptr %558, align 8
  %560 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %335)
  %561 = load ptr, ptr %560, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %29, ptr null, i64 2, ptr %559, ptr %561)
  %562 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 0)
  %563 = load ptr, ptr %562, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %563, ptr null)
  %564 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 1)
  %565 = load ptr, ptr %564, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %565, ptr null)
  %566 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 2)
  %567 = load ptr, ptr %566, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %567, ptr null)
  %568 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 3)
  %569 = load ptr, ptr %568, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %569, ptr null)
  %570 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 4)
  %571 = load ptr, ptr %570, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %571, ptr null)
  %572 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 5)
  %573 = load ptr, ptr %572, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %573, ptr null)
  %574 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 6)
  %575 = load ptr, ptr %574, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %575, ptr null)
  %576 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 7)
  %577 = load ptr, ptr %576, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %577, ptr null)
  %578 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 8)
  %579 = load ptr, ptr %578, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %579, ptr null)
  %580 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 9)
  %581 = load ptr, ptr %580, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %581, ptr null)
  %582 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 10)
  %583 = load ptr, ptr %582, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %583, ptr null)
  %584 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 11)
  %585 = load ptr, ptr %584, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %585, ptr null)
  %586 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 12)
  %587 = load ptr, ptr %586, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %587, ptr null)
  %588 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 13)
  %589 = load ptr, ptr %588, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %589, ptr null)
  %590 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %171)
  %591 = load ptr, ptr %590, align 8
  %592 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %591)
  %593 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %175)
  %594 = load ptr, ptr %593, align 8
  %595 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %594)
  %596 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %592, i64 %595)
  %597 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %179)
  %598 = load ptr, ptr %597, align 8
  %599 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %598)
  %600 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %183)
  %601 = load ptr, ptr %600, align 8
  %602 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %601)
  %603 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %599, i64 %602)
  %604 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %187)
  %605 = load ptr, ptr %604, align 8
  %606 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %605)
  %607 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %191)
  %608 = load ptr, ptr %607, align 8
  %609 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %608)
  %610 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %606, i64 %609)
  %611 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %195)
  %612 = load ptr, ptr %611, align 8
  %613 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %612)
  %614 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %199)
  %615 = load ptr, ptr %614, align 8
  %616 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %615)
  %617 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %613, i64 %616)
  %618 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %203)
  %619 = load ptr, ptr %618, align 8
  %620 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %619)
  %621 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %207)
  %622 = load ptr, ptr %621, align 8
  %623 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %622)
  %624 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %620, i64 %623)
  %625 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %211)
  %626 = load ptr, ptr %625, align 8
  %627 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %626)
  %628 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %215)
  %629 = load ptr, ptr %628, align 8
  %630 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %629)
  %631 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %627, i64 %630)
  %632 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %219)
  %633 = load ptr, ptr %632, align 8
  %634 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %633)
  %635 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %223)
  %636 = load ptr, ptr %635, align 8
  %637 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %636)
  %638 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %634, i64 %637)
  %639 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %227)
  %640 = load ptr, ptr %639, align 8
  %641 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %640)
  %642 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %231)
  %643 = load ptr, ptr %642, align 8
  %644 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %643)
  %645 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %641, i64 %644)
  %646 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %235)
  %647 = load ptr, ptr %646, align 8
  %648 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %647)
  %649 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %239)
  %650 = load ptr, ptr %649, align 8
  %651 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %650)
  %652 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %648, i64 %651)
  %653 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %243)
  %654 = load ptr, ptr %653, align 8
  %655 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %654)
  %656 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %247)
  %657 = load ptr, ptr %656, align 8
  %658 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %657)
  %659 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %655, i64 %658)
  %660 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %251)
  %661 = load ptr, ptr %660, align 8
  %662 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %661)
  %663 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %255)
  %664 = load ptr, ptr %663, align 8
  %665 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %664)
  %666 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %662, i64 %665)
  %667 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %259)
  %668 = load ptr, ptr %667, align 8
  %669 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %668)
  %670 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %263)
  %671 = load ptr, ptr %670, align 8
  %672 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %671)
  %673 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %669, i64 %672)
  %674 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %267)
  %675 = load ptr, ptr %674, align 8
  %676 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %675)
  %677 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %271)
  %678 = load ptr, ptr %677, align 8
  %679 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %678)
  %680 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %676, i64 %679)
  %681 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %275)
  %682 = load ptr, ptr %681, align 8
  %683 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %682)
  %684 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %279)
  %685 = load ptr, ptr %684, align 8
  %686 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %685)
  %687 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %683, i64 %686)
  %688 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %283)
  %689 = load ptr, ptr %688, align 8
  %690 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %689)
  %691 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %287)
  %692 = load ptr, ptr %691, align 8
  %693 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %692)
  %694 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %690, i64 %693)
  %695 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %291)
  %696 = load ptr, ptr %695, align 8
  %697 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %696)
  %698 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %295)
  %699 = load ptr, ptr %698, align 8
  %700 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %699)
  %701 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %697, i64 %700)
  %702 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %299)
  %703 = load ptr, ptr %702, align 8
  %704 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %703)
  %705 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %303)
  %706 = load ptr, ptr %705, align 8
  %707 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %706)
  %708 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %704, i64 %707)
  %709 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %307)
  %710 = load ptr, ptr %709, align 8
  %711 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %710)
  %712 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %311)
  %713 = load ptr, ptr %712, align 8
  %714 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %713)
  %715 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %711, i64 %714)
  %716 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %315)
  %717 = load ptr, ptr %716, align 8
  %718 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %717)
  %719 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %319)
  %720 = load ptr, ptr %719, align 8
  %721 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %720)
  %722 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %718, i64 %721)
  %723 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %323)
  %724 = load ptr, ptr %723, align 8
  %725 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %724)
  %726 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %327)
  %727 = load ptr, ptr %726, align 8
  %728 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %727)
  %729 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %725, i64 %728)
  %730 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %331)
  %731 = load ptr, ptr %730, align 8
  %732 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %731)
  %733 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %335)
  %734 = load ptr, ptr %733, align 8
  %735 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %734)
  %736 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %732, i64 %735)
  store ptr %7, ptr %20, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %20, i64 8
  store ptr %8, ptr %.fca.1.gep, align 8
  %.fca.2.gep = getelementptr inbounds nuw i8, ptr %20, i64 16
  store i64 %9, ptr %.fca.2.gep, align 8
  %.fca.3.0.gep = getelementptr inbounds nuw i8, ptr %20, i64 24
  store i64 %10, ptr %.fca.3.0.gep, align 8
  %.fca.4.0.gep = getelementptr inbounds nuw i8, ptr %20, i64 32
  store i64 %11, ptr %.fca.4.0.gep, align 8
  %737 = call i64 (ptr, i64, ...) @__catalyst__qis__HamiltonianObs(ptr nonnull %20, i64 21, i64 %596, i64 %603, i64 %610, i64 %617, i64 %624, i64 %631, i64 %638, i64 %645, i64 %652, i64 %659, i64 %666, i64 %673, i64 %680, i64 %687, i64 %694, i64 %701, i64 %708, i64 %715, i64 %722, i64 %729, i64 %736)
  %738 = call double @__catalyst__qis__Expval(i64 %737)
  ret ptr %142
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define noundef i64 @energy_0.pcount(ptr readnone captures(none) %0, ptr readnone captures(none) %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr readnone captures(none) %7, ptr readnone captures(none) %8, i64 %9, i64 %10, i64 %11, ptr readnone captures(none) %12, ptr readnone captures(none) %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18) local_unnamed_addr #0 {
  ret i64 105
}

define void @energy_0.quantum.customqgrad(ptr readonly captures(none) %0, ptr readnone captures(none) %1, ptr readonly captures(none) %2, ptr readnone captures(none) %3, ptr readonly captures(none) %4, ptr readnone captures(none) %5, ptr readnone captures(none) %6, ptr readonly captures(none) %7, ptr readnone captures(none) %8, ptr readonly captures(none) %9, ptr readnone captures(none) %10) {
  %12 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %.elt3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %.unpack4 = load ptr, ptr %.elt3, align 8
  %.unpack17 = load ptr, ptr %2, align 8
  %.elt18 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %.unpack19 = load ptr, ptr %.elt18, align 8
  %.elt20 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %.unpack21 = load i64, ptr %.elt20, align 8
  %.elt22 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %.unpack23.unpack = load i64, ptr %.elt22, align 8
  %.elt24 = getelementptr inbounds nuw i8, ptr %2, i64 32
  %.unpack25.unpack = load i64, ptr %.elt24, align 8
  %.elt29 = getelementptr inbounds nuw i8, ptr %4, i64 8
  %.unpack30 = load ptr, ptr %.elt29, align 8
  %.elt44 = getelementptr inbounds nuw i8, ptr %7, i64 8
  %.unpack45 = load ptr, ptr %.elt44, align 8
  %.elt48 = getelementptr inbounds nuw i8, ptr %7, i64 24
  %.unpack49.unpack = load i64, ptr %.elt48, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %12)
  %.idx.i = shl i64 %.unpack49.unpack, 3
  %13 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 %.idx.i)
  tail call void @__catalyst__rt__toggle_recorder(i1 true)
  %14 = tail call ptr @energy_0.nodealloc(ptr readnone poison, ptr readonly %.unpack4, i64 poison, i64 poison, i64 poison, i64 poison, i64 poison, ptr %.unpack17, ptr %.unpack19, i64 %.unpack21, i64 %.unpack23.unpack, i64 %.unpack25.unpack, ptr readnone poison, ptr readonly %.unpack30, i64 poison, i64 poison, i64 poison, i64 poison, i64 poison)
  tail call void @__catalyst__rt__toggle_recorder(i1 false)
  store ptr %13, ptr %12, align 8
  %.fca.1.gep.i = getelementptr inbounds nuw i8, ptr %12, i64 8
  store ptr %13, ptr %.fca.1.gep.i, align 8
  %.fca.2.gep.i = getelementptr inbounds nuw i8, ptr %12, i64 16
  store i64 0, ptr %.fca.2.gep.i, align 8
  %.fca.3.0.gep.i = getelementptr inbounds nuw i8, ptr %12, i64 24
  store i64 %.unpack49.unpack, ptr %.fca.3.0.gep.i, align 8
  %.fca.4.0.gep.i = getelementptr inbounds nuw i8, ptr %12, i64 32
  store i64 1, ptr %.fca.4.0.gep.i, align 8
  call void (i64, ...) @__catalyst__qis__Gradient(i64 1, ptr nonnull %12)
  call void @__catalyst__rt__qubit_release_array(ptr %14)
  call void @__catalyst__rt__device_release()
  call void @llvm.lifetime.end.p0(ptr nonnull %12)
  %.elt55 = getelementptr inbounds nuw i8, ptr %9, i64 8
  %.unpack56 = load ptr, ptr %.elt55, align 8
  %15 = icmp sgt i64 %.unpack49.unpack, 0
  br i1 %15, label %.lr.ph, label %._crit_edge

.lr.ph:                                           ; preds = %11, %.lr.ph
  %16 = phi i64 [ %24, %.lr.ph ], [ 0, %11 ]
  %17 = load double, ptr %.unpack56, align 8, !tbaa !4
  %18 = getelementptr inbounds nuw double, ptr %13, i64 %16
  %19 = load double, ptr %18, align 8, !tbaa !4
  %20 = getelementptr inbounds nuw double, ptr %.unpack45, i64 %16
  %21 = load double, ptr %20, align 8, !tbaa !4
  %22 = fmul double %17, %19
  %23 = fadd double %21, %22
  store double %23, ptr %20, align 8, !tbaa !4
  %24 = add nuw nsw i64 %16, 1
  %exitcond.not = icmp eq i64 %24, %.unpack49.unpack
  br i1 %exitcond.not, label %._crit_edge, label %.lr.ph

._crit_edge:                                      ; preds = %.lr.ph, %11
  ret void
}

; Function Attrs: noinline
define void @energy_0.quantum(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4) #1 {
  %6 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %7 = load volatile { ptr, ptr, i64, [2 x i64], [2 x i64] }, ptr %0, align 8
  %8 = load volatile { ptr, ptr, i64, [1 x i64], [1 x i64] }, ptr %1, align 8
  %9 = load volatile { ptr, ptr, i64, [2 x i64], [2 x i64] }, ptr %2, align 8
  %10 = load volatile { ptr, ptr, i64, [1 x i64], [1 x i64] }, ptr %3, align 8
  %11 = load volatile { ptr, ptr, i64 }, ptr %4, align 8
  %12 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  tail call void @__catalyst__rt__device_init(ptr nonnull @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", ptr nonnull @LightningSimulator, ptr nonnull @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}", i64 0, i1 false)
  %13 = tail call ptr @__catalyst__rt__qubit_allocate_array(i64 14)
  %14 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 13)
  %15 = load ptr, ptr %14, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %15, ptr null)
  %16 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 12)
  %17 = load ptr, ptr %16, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %17, ptr null)
  %18 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 11)
  %19 = load ptr, ptr %18, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %19, ptr null)
  %20 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 10)
  %21 = load ptr, ptr %20, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %21, ptr null)
  %22 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 9)
  %23 = load ptr, ptr %22, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %23, ptr null)
  %24 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 8)
  %25 = load ptr, ptr %24, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %25, ptr null)
  %26 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 7)
  %27 = load ptr, ptr %26, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %27, ptr null)
  %28 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 6)
  %29 = load ptr, ptr %28, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %29, ptr null)
  %30 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 5)
  %31 = load ptr, ptr %30, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %31, ptr null)
  %32 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 4)
  %33 = load ptr, ptr %32, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %33, ptr null)
  %34 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %35 = load ptr, ptr %34, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %35, ptr null)
  %36 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %37 = load ptr, ptr %36, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %37, ptr null)
  %38 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %39 = load ptr, ptr %38, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %39, ptr null)
  %40 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %41 = load ptr, ptr %40, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %41, ptr null)
  %42 = load i64, ptr %12, align 4, !tbaa !1
  %43 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %44 = load ptr, ptr %43, align 8
  %45 = getelementptr inbounds nuw i8, ptr %12, i64 8
  %46 = load i64, ptr %45, align 4, !tbaa !1
  %47 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %48 = load ptr, ptr %47, align 8
  %49 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %50 = load double, ptr %49, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %50, ptr null, i64 2, ptr %44, ptr %48)
  %51 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %52 = load i64, ptr %51, align 4, !tbaa !1
  %53 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %54 = load ptr, ptr %53, align 8
  %55 = getelementptr inbounds nuw i8, ptr %12, i64 24
  %56 = load i64, ptr %55, align 4, !tbaa !1
  %57 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %58 = load ptr, ptr %57, align 8
  %59 = getelementptr inbounds nuw i8, ptr %49, i64 8
  %60 = load double, ptr %59, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %60, ptr null, i64 2, ptr %54, ptr %58)
  %61 = getelementptr inbounds nuw i8, ptr %12, i64 32
  %62 = load i64, ptr %61, align 4, !tbaa !1
  %63 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %62)
  %64 = load ptr, ptr %63, align 8
  %65 = getelementptr inbounds nuw i8, ptr %12, i64 40
  %66 = load i64, ptr %65, align 4, !tbaa !1
  %67 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %66)
  %68 = load ptr, ptr %67, align 8
  %69 = getelementptr inbounds nuw i8, ptr %49, i64 16
  %70 = load double, ptr %69, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %70, ptr null, i64 2, ptr %64, ptr %68)
  %71 = getelementptr inbounds nuw i8, ptr %12, i64 48
  %72 = load i64, ptr %71, align 4, !tbaa !1
  %73 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %72)
  %74 = load ptr, ptr %73, align 8
  %75 = getelementptr inbounds nuw i8, ptr %12, i64 56
  %76 = load i64, ptr %75, align 4, !tbaa !1
  %77 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %76)
  %78 = load ptr, ptr %77, align 8
  %79 = getelementptr inbounds nuw i8, ptr %49, i64 24
  %80 = load double, ptr %79, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %80, ptr null, i64 2, ptr %74, ptr %78)
  %81 = getelementptr inbounds nuw i8, ptr %12, i64 64
  %82 = load i64, ptr %81, align 4, !tbaa !1
  %83 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %82)
  %84 = load ptr, ptr %83, align 8
  %85 = getelementptr inbounds nuw i8, ptr %12, i64 72
  %86 = load i64, ptr %85, align 4, !tbaa !1
  %87 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %86)
  %88 = load ptr, ptr %87, align 8
  %89 = getelementptr inbounds nuw i8, ptr %49, i64 32
  %90 = load double, ptr %89, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %90, ptr null, i64 2, ptr %84, ptr %88)
  %91 = getelementptr inbounds nuw i8, ptr %12, i64 80
  %92 = load i64, ptr %91, align 4, !tbaa !1
  %93 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %92)
  %94 = load ptr, ptr %93, align 8
  %95 = getelementptr inbounds nuw i8, ptr %12, i64 88
  %96 = load i64, ptr %95, align 4, !tbaa !1
  %97 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %96)
  %98 = load ptr, ptr %97, align 8
  %99 = getelementptr inbounds nuw i8, ptr %49, i64 40
  %100 = load double, ptr %99, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %100, ptr null, i64 2, ptr %94, ptr %98)
  %101 = getelementptr inbounds nuw i8, ptr %12, i64 96
  %102 = load i64, ptr %101, align 4, !tbaa !1
  %103 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %102)
  %104 = load ptr, ptr %103, align 8
  %105 = getelementptr inbounds nuw i8, ptr %12, i64 104
  %106 = load i64, ptr %105, align 4, !tbaa !1
  %107 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %106)
  %108 = load ptr, ptr %107, align 8
  %109 = getelementptr inbounds nuw i8, ptr %49, i64 48
  %110 = load double, ptr %109, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %110, ptr null, i64 2, ptr %104, ptr %108)
  %111 = getelementptr inbounds nuw i8, ptr %12, i64 112
  %112 = load i64, ptr %111, align 4, !tbaa !1
  %113 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %112)
  %114 = load ptr, ptr %113, align 8
  %115 = getelementptr inbounds nuw i8, ptr %12, i64 120
  %116 = load i64, ptr %115, align 4, !tbaa !1
  %117 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %116)
  %118 = load ptr, ptr %117, align 8
  %119 = getelementptr inbounds nuw i8, ptr %49, i64 56
  %120 = load double, ptr %119, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %120, ptr null, i64 2, ptr %114, ptr %118)
  %121 = getelementptr inbounds nuw i8, ptr %12, i64 128
  %122 = load i64, ptr %121, align 4, !tbaa !1
  %123 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %122)
  %124 = load ptr, ptr %123, align 8
  %125 = getelementptr inbounds nuw i8, ptr %12, i64 136
  %126 = load i64, ptr %125, align 4, !tbaa !1
  %127 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %126)
  %128 = load ptr, ptr %127, align 8
  %129 = getelementptr inbounds nuw i8, ptr %49, i64 64
  %130 = load double, ptr %129, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %130, ptr null, i64 2, ptr %124, ptr %128)
  %131 = getelementptr inbounds nuw i8, ptr %12, i64 144
  %132 = load i64, ptr %131, align 4, !tbaa !1
  %133 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %132)
  %134 = load ptr, ptr %133, align 8
  %135 = getelementptr inbounds nuw i8, ptr %12, i64 152
  %136 = load i64, ptr %135, align 4, !tbaa !1
  %137 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %136)
  %138 = load ptr, ptr %137, align 8
  %139 = getelementptr inbounds nuw i8, ptr %49, i64 72
  %140 = load double, ptr %139, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %140, ptr null, i64 2, ptr %134, ptr %138)
  %141 = getelementptr inbounds nuw i8, ptr %12, i64 160
  %142 = load i64, ptr %141, align 4, !tbaa !1
  %143 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %142)
  %144 = load ptr, ptr %143, align 8
  %145 = getelementptr inbounds nuw i8, ptr %12, i64 168
  %146 = load i64, ptr %145, align 4, !tbaa !1
  %147 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %146)
  %148 = load ptr, ptr %147, align 8
  %149 = getelementptr inbounds nuw i8, ptr %49, i64 80
  %150 = load double, ptr %149, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %150, ptr null, i64 2, ptr %144, ptr %148)
  %151 = getelementptr inbounds nuw i8, ptr %12, i64 176
  %152 = load i64, ptr %151, align 4, !tbaa !1
  %153 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %152)
  %154 = load ptr, ptr %153, align 8
  %155 = getelementptr inbounds nuw i8, ptr %12, i64 184
  %156 = load i64, ptr %155, align 4, !tbaa !1
  %157 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %156)
  %158 = load ptr, ptr %157, align 8
  %159 = getelementptr inbounds nuw i8, ptr %49, i64 88
  %160 = load double, ptr %159, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %160, ptr null, i64 2, ptr %154, ptr %158)
  %161 = getelementptr inbounds nuw i8, ptr %12, i64 192
  %162 = load i64, ptr %161, align 4, !tbaa !1
  %163 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %162)
  %164 = load ptr, ptr %163, align 8
  %165 = getelementptr inbounds nuw i8, ptr %12, i64 200
  %166 = load i64, ptr %165, align 4, !tbaa !1
  %167 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %166)
  %168 = load ptr, ptr %167, align 8
  %169 = getelementptr inbounds nuw i8, ptr %49, i64 96
  %170 = load double, ptr %169, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %170, ptr null, i64 2, ptr %164, ptr %168)
  %171 = getelementptr inbounds nuw i8, ptr %12, i64 208
  %172 = load i64, ptr %171, align 4, !tbaa !1
  %173 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %172)
  %174 = load ptr, ptr %173, align 8
  %175 = getelementptr inbounds nuw i8, ptr %12, i64 216
  %176 = load i64, ptr %175, align 4, !tbaa !1
  %177 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %176)
  %178 = load ptr, ptr %177, align 8
  %179 = getelementptr inbounds nuw i8, ptr %49, i64 104
  %180 = load double, ptr %179, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %180, ptr null, i64 2, ptr %174, ptr %178)
  %181 = getelementptr inbounds nuw i8, ptr %12, i64 224
  %182 = load i64, ptr %181, align 4, !tbaa !1
  %183 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %182)
  %184 = load ptr, ptr %183, align 8
  %185 = getelementptr inbounds nuw i8, ptr %12, i64 232
  %186 = load i64, ptr %185, align 4, !tbaa !1
  %187 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %186)
  %188 = load ptr, ptr %187, align 8
  %189 = getelementptr inbounds nuw i8, ptr %49, i64 112
  %190 = load double, ptr %189, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %190, ptr null, i64 2, ptr %184, ptr %188)
  %191 = getelementptr inbounds nuw i8, ptr %12, i64 240
  %192 = load i64, ptr %191, align 4, !tbaa !1
  %193 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %192)
  %194 = load ptr, ptr %193, align 8
  %195 = getelementptr inbounds nuw i8, ptr %12, i64 248
  %196 = load i64, ptr %195, align 4, !tbaa !1
  %197 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %196)
  %198 = load ptr, ptr %197, align 8
  %199 = getelementptr inbounds nuw i8, ptr %49, i64 120
  %200 = load double, ptr %199, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %200, ptr null, i64 2, ptr %194, ptr %198)
  %201 = getelementptr inbounds nuw i8, ptr %12, i64 256
  %202 = load i64, ptr %201, align 4, !tbaa !1
  %203 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %202)
  %204 = load ptr, ptr %203, align 8
  %205 = getelementptr inbounds nuw i8, ptr %12, i64 264
  %206 = load i64, ptr %205, align 4, !tbaa !1
  %207 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %206)
  %208 = load ptr, ptr %207, align 8
  %209 = getelementptr inbounds nuw i8, ptr %49, i64 128
  %210 = load double, ptr %209, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %210, ptr null, i64 2, ptr %204, ptr %208)
  %211 = getelementptr inbounds nuw i8, ptr %12, i64 272
  %212 = load i64, ptr %211, align 4, !tbaa !1
  %213 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %212)
  %214 = load ptr, ptr %213, align 8
  %215 = getelementptr inbounds nuw i8, ptr %12, i64 280
  %216 = load i64, ptr %215, align 4, !tbaa !1
  %217 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %216)
  %218 = load ptr, ptr %217, align 8
  %219 = getelementptr inbounds nuw i8, ptr %49, i64 136
  %220 = load double, ptr %219, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %220, ptr null, i64 2, ptr %214, ptr %218)
  %221 = getelementptr inbounds nuw i8, ptr %12, i64 288
  %222 = load i64, ptr %221, align 4, !tbaa !1
  %223 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %222)
  %224 = load ptr, ptr %223, align 8
  %225 = getelementptr inbounds nuw i8, ptr %12, i64 296
  %226 = load i64, ptr %225, align 4, !tbaa !1
  %227 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %226)
  %228 = load ptr, ptr %227, align 8
  %229 = getelementptr inbounds nuw i8, ptr %49, i64 144
  %230 = load double, ptr %229, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %230, ptr null, i64 2, ptr %224, ptr %228)
  %231 = getelementptr inbounds nuw i8, ptr %12, i64 304
  %232 = load i64, ptr %231, align 4, !tbaa !1
  %233 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %232)
  %234 = load ptr, ptr %233, align 8
  %235 = getelementptr inbounds nuw i8, ptr %12, i64 312
  %236 = load i64, ptr %235, align 4, !tbaa !1
  %237 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %236)
  %238 = load ptr, ptr %237, align 8
  %239 = getelementptr inbounds nuw i8, ptr %49, i64 152
  %240 = load double, ptr %239, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %240, ptr null, i64 2, ptr %234, ptr %238)
  %241 = getelementptr inbounds nuw i8, ptr %12, i64 320
  %242 = load i64, ptr %241, align 4, !tbaa !1
  %243 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %242)
  %244 = load ptr, ptr %243, align 8
  %245 = getelementptr inbounds nuw i8, ptr %12, i64 328
  %246 = load i64, ptr %245, align 4, !tbaa !1
  %247 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %246)
  %248 = load ptr, ptr %247, align 8
  %249 = getelementptr inbounds nuw i8, ptr %49, i64 160
  %250 = load double, ptr %249, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %250, ptr null, i64 2, ptr %244, ptr %248)
  %251 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 13)
  %252 = load ptr, ptr %251, align 8
  %253 = getelementptr inbounds nuw i8, ptr %49, i64 168
  %254 = load double, ptr %253, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %254, ptr %252, ptr null)
  %255 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 12)
  %256 = load ptr, ptr %255, align 8
  %257 = getelementptr inbounds nuw i8, ptr %49, i64 176
  %258 = load double, ptr %257, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %258, ptr %256, ptr null)
  %259 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 11)
  %260 = load ptr, ptr %259, align 8
  %261 = getelementptr inbounds nuw i8, ptr %49, i64 184
  %262 = load double, ptr %261, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %262, ptr %260, ptr null)
  %263 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 10)
  %264 = load ptr, ptr %263, align 8
  %265 = getelementptr inbounds nuw i8, ptr %49, i64 192
  %266 = load double, ptr %265, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %266, ptr %264, ptr null)
  %267 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 9)
  %268 = load ptr, ptr %267, align 8
  %269 = getelementptr inbounds nuw i8, ptr %49, i64 200
  %270 = load double, ptr %269, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %270, ptr %268, ptr null)
  %271 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 8)
  %272 = load ptr, ptr %271, align 8
  %273 = getelementptr inbounds nuw i8, ptr %49, i64 208
  %274 = load double, ptr %273, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %274, ptr %272, ptr null)
  %275 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 7)
  %276 = load ptr, ptr %275, align 8
  %277 = getelementptr inbounds nuw i8, ptr %49, i64 216
  %278 = load double, ptr %277, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %278, ptr %276, ptr null)
  %279 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 6)
  %280 = load ptr, ptr %279, align 8
  %281 = getelementptr inbounds nuw i8, ptr %49, i64 224
  %282 = load double, ptr %281, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %282, ptr %280, ptr null)
  %283 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 5)
  %284 = load ptr, ptr %283, align 8
  %285 = getelementptr inbounds nuw i8, ptr %49, i64 232
  %286 = load double, ptr %285, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %286, ptr %284, ptr null)
  %287 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 4)
  %288 = load ptr, ptr %287, align 8
  %289 = getelementptr inbounds nuw i8, ptr %49, i64 240
  %290 = load double, ptr %289, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %290, ptr %288, ptr null)
  %291 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %292 = load ptr, ptr %291, align 8
  %293 = getelementptr inbounds nuw i8, ptr %49, i64 248
  %294 = load double, ptr %293, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %294, ptr %292, ptr null)
  %295 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %296 = load ptr, ptr %295, align 8
  %297 = getelementptr inbounds nuw i8, ptr %49, i64 256
  %298 = load double, ptr %297, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %298, ptr %296, ptr null)
  %299 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %300 = load ptr, ptr %299, align 8
  %301 = getelementptr inbounds nuw i8, ptr %49, i64 264
  %302 = load double, ptr %301, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %302, ptr %300, ptr null)
  %303 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %304 = load ptr, ptr %303, align 8
  %305 = getelementptr inbounds nuw i8, ptr %49, i64 272
  %306 = load double, ptr %305, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %306, ptr %304, ptr null)
  %307 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %308 = load ptr, ptr %307, align 8
  %309 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %310 = load ptr, ptr %309, align 8
  %311 = getelementptr inbounds nuw i8, ptr %49, i64 280
  %312 = load double, ptr %311, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %312, ptr null, i64 2, ptr %308, ptr %310)
  %313 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %314 = load ptr, ptr %313, align 8
  %315 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %316 = load ptr, ptr %315, align 8
  %317 = getelementptr inbounds nuw i8, ptr %49, i64 288
  %318 = load double, ptr %317, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %318, ptr null, i64 2, ptr %314, ptr %316)
  %319 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %62)
  %320 = load ptr, ptr %319, align 8
  %321 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %66)
  %322 = load ptr, ptr %321, align 8
  %323 = getelementptr inbounds nuw i8, ptr %49, i64 296
  %324 = load double, ptr %323, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %324, ptr null, i64 2, ptr %320, ptr %322)
  %325 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %72)
  %326 = load ptr, ptr %325, align 8
  %327 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %76)
  %328 = load ptr, ptr %327, align 8
  %329 = getelementptr inbounds nuw i8, ptr %49, i64 304
  %330 = load double, ptr %329, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %330, ptr null, i64 2, ptr %326, ptr %328)
  %331 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %82)
  %332 = load ptr, ptr %331, align 8
  %333 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %86)
  %334 = load ptr, ptr %333, align 8
  %335 = getelementptr inbounds nuw i8, ptr %49, i64 312
  %336 = load double, ptr %335, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %336, ptr null, i64 2, ptr %332, ptr %334)
  %337 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %92)
  %338 = load ptr, ptr %337, align 8
  %339 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %96)
  %340 = load ptr, ptr %339, align 8
  %341 = getelementptr inbounds nuw i8, ptr %49, i64 320
  %342 = load double, ptr %341, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %342, ptr null, i64 2, ptr %338, ptr %340)
  %343 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %102)
  %344 = load ptr, ptr %343, align 8
  %345 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %106)
  %346 = load ptr, ptr %345, align 8
  %347 = getelementptr inbounds nuw i8, ptr %49, i64 328
  %348 = load double, ptr %347, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %348, ptr null, i64 2, ptr %344, ptr %346)
  %349 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %112)
  %350 = load ptr, ptr %349, align 8
  %351 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %116)
  %352 = load ptr, ptr %351, align 8
  %353 = getelementptr inbounds nuw i8, ptr %49, i64 336
  %354 = load double, ptr %353, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %354, ptr null, i64 2, ptr %350, ptr %352)
  %355 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %122)
  %356 = load ptr, ptr %355, align 8
  %357 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %126)
  %358 = load ptr, ptr %357, align 8
  %359 = getelementptr inbounds nuw i8, ptr %49, i64 344
  %360 = load double, ptr %359, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %360, ptr null, i64 2, ptr %356, ptr %358)
  %361 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %132)
  %362 = load ptr, ptr %361, align 8
  %363 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %136)
  %364 = load ptr, ptr %363, align 8
  %365 = getelementptr inbounds nuw i8, ptr %49, i64 352
  %366 = load double, ptr %365, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %366, ptr null, i64 2, ptr %362, ptr %364)
  %367 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %142)
  %368 = load ptr, ptr %367, align 8
  %369 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %146)
  %370 = load ptr, ptr %369, align 8
  %371 = getelementptr inbounds nuw i8, ptr %49, i64 360
  %372 = load double, ptr %371, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %372, ptr null, i64 2, ptr %368, ptr %370)
  %373 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %152)
  %374 = load ptr, ptr %373, align 8
  %375 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %156)
  %376 = load ptr, ptr %375, align 8
  %377 = getelementptr inbounds nuw i8, ptr %49, i64 368
  %378 = load double, ptr %377, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %378, ptr null, i64 2, ptr %374, ptr %376)
  %379 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %162)
  %380 = load ptr, ptr %379, align 8
  %381 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %166)
  %382 = load ptr, ptr %381, align 8
  %383 = getelementptr inbounds nuw i8, ptr %49, i64 376
  %384 = load double, ptr %383, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %384, ptr null, i64 2, ptr %380, ptr %382)
  %385 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %172)
  %386 = load ptr, ptr %385, align 8
  %387 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %176)
  %388 = load ptr, ptr %387, align 8
  %389 = getelementptr inbounds nuw i8, ptr %49, i64 384
  %390 = load double, ptr %389, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %390, ptr null, i64 2, ptr %386, ptr %388)
  %391 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %182)
  %392 = load ptr, ptr %391, align 8
  %393 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %186)
  %394 = load ptr, ptr %393, align 8
  %395 = getelementptr inbounds nuw i8, ptr %49, i64 392
  %396 = load double, ptr %395, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %396, ptr null, i64 2, ptr %392, ptr %394)
  %397 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %192)
  %398 = load ptr, ptr %397, align 8
  %399 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %196)
  %400 = load ptr, ptr %399, align 8
  %401 = getelementptr inbounds nuw i8, ptr %49, i64 400
  %402 = load double, ptr %401, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %402, ptr null, i64 2, ptr %398, ptr %400)
  %403 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %202)
  %404 = load ptr, ptr %403, align 8
  %405 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %206)
  %406 = load ptr, ptr %405, align 8
  %407 = getelementptr inbounds nuw i8, ptr %49, i64 408
  %408 = load double, ptr %407, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %408, ptr null, i64 2, ptr %404, ptr %406)
  %409 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %212)
  %410 = load ptr, ptr %409, align 8
  %411 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %216)
  %412 = load ptr, ptr %411, align 8
  %413 = getelementptr inbounds nuw i8, ptr %49, i64 416
  %414 = load double, ptr %413, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %414, ptr null, i64 2, ptr %410, ptr %412)
  %415 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %222)
  %416 = load ptr, ptr %415, align 8
  %417 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %226)
  %418 = load ptr, ptr %417, align 8
  %419 = getelementptr inbounds nuw i8, ptr %49, i64 424
  %420 = load double, ptr %419, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %420, ptr null, i64 2, ptr %416, ptr %418)
  %421 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %232)
  %422 = load ptr, ptr %421, align 8
  %423 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %236)
  %424 = load ptr, ptr %423, align 8
  %425 = getelementptr inbounds nuw i8, ptr %49, i64 432
  %426 = load double, ptr %425, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %426, ptr null, i64 2, ptr %422, ptr %424)
  %427 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %242)
  %428 = load ptr, ptr %427, align 8
  %429 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %246)
  %430 = load ptr, ptr %429, align 8
  %431 = getelementptr inbounds nuw i8, ptr %49, i64 440
  %432 = load double, ptr %431, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %432, ptr null, i64 2, ptr %428, ptr %430)
  %433 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 13)
  %434 = load ptr, ptr %433, align 8
  %435 = getelementptr inbounds nuw i8, ptr %49, i64 448
  %436 = load double, ptr %435, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %436, ptr %434, ptr null)
  %437 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 12)
  %438 = load ptr, ptr %437, align 8
  %439 = getelementptr inbounds nuw i8, ptr %49, i64 456
  %440 = load double, ptr %439, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %440, ptr %438, ptr null)
  %441 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 11)
  %442 = load ptr, ptr %441, align 8
  %443 = getelementptr inbounds nuw i8, ptr %49, i64 464
  %444 = load double, ptr %443, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %444, ptr %442, ptr null)
  %445 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 10)
  %446 = load ptr, ptr %445, align 8
  %447 = getelementptr inbounds nuw i8, ptr %49, i64 472
  %448 = load double, ptr %447, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %448, ptr %446, ptr null)
  %449 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 9)
  %450 = load ptr, ptr %449, align 8
  %451 = getelementptr inbounds nuw i8, ptr %49, i64 480
  %452 = load double, ptr %451, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %452, ptr %450, ptr null)
  %453 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 8)
  %454 = load ptr, ptr %453, align 8
  %455 = getelementptr inbounds nuw i8, ptr %49, i64 488
  %456 = load double, ptr %455, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %456, ptr %454, ptr null)
  %457 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 7)
  %458 = load ptr, ptr %457, align 8
  %459 = getelementptr inbounds nuw i8, ptr %49, i64 496
  %460 = load double, ptr %459, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %460, ptr %458, ptr null)
  %461 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 6)
  %462 = load ptr, ptr %461, align 8
  %463 = getelementptr inbounds nuw i8, ptr %49, i64 504
  %464 = load double, ptr %463, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %464, ptr %462, ptr null)
  %465 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 5)
  %466 = load ptr, ptr %465, align 8
  %467 = getelementptr inbounds nuw i8, ptr %49, i64 512
  %468 = load double, ptr %467, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %468, ptr %466, ptr null)
  %469 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 4)
  %470 = load ptr, ptr %469, align 8
  %471 = getelementptr inbounds nuw i8, ptr %49, i64 520
  %472 = load double, ptr %471, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %472, ptr %470, ptr null)
  %473 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %474 = load ptr, ptr %473, align 8
  %475 = getelementptr inbounds nuw i8, ptr %49, i64 528
  %476 = load double, ptr %475, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %476, ptr %474, ptr null)
  %477 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %478 = load ptr, ptr %477, align 8
  %479 = getelementptr inbounds nuw i8, ptr %49, i64 536
  %480 = load double, ptr %479, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %480, ptr %478, ptr null)
  %481 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %482 = load ptr, ptr %481, align 8
  %483 = getelementptr inbounds nuw i8, ptr %49, i64 544
  %484 = load double, ptr %483, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %484, ptr %482, ptr null)
  %485 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %486 = load ptr, ptr %485, align 8
  %487 = getelementptr inbounds nuw i8, ptr %49, i64 552
  %488 = load double, ptr %487, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %488, ptr %486, ptr null)
  %489 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %490 = load ptr, ptr %489, align 8
  %491 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %492 = load ptr, ptr %491, align 8
  %493 = getelementptr inbounds nuw i8, ptr %49, i64 560
  %494 = load double, ptr %493, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %494, ptr null, i64 2, ptr %490, ptr %492)
  %495 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %496 = load ptr, ptr %495, align 8
  %497 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %498 = load ptr, ptr %497, align 8
  %499 = getelementptr inbounds nuw i8, ptr %49, i64 568
  %500 = load double, ptr %499, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %500, ptr null, i64 2, ptr %496, ptr %498)
  %501 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %62)
  %502 = load ptr, ptr %501, align 8
  %503 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %66)
  %504 = load ptr, ptr %503, align 8
  %505 = getelementptr inbounds nuw i8, ptr %49, i64 576
  %506 = load double, ptr %505, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %506, ptr null, i64 2, ptr %502, ptr %504)
  %507 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %72)
  %508 = load ptr, ptr %507, align 8
  %509 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %76)
  %510 = load ptr, ptr %509, align 8
  %511 = getelementptr inbounds nuw i8, ptr %49, i64 584
  %512 = load double, ptr %511, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %512, ptr null, i64 2, ptr %508, ptr %510)
  %513 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %82)
  %514 = load ptr, ptr %513, align 8
  %515 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %86)
  %516 = load ptr, ptr %515, align 8
  %517 = getelementptr inbounds nuw i8, ptr %49, i64 592
  %518 = load double, ptr %517, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %518, ptr null, i64 2, ptr %514, ptr %516)
  %519 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %92)
  %520 = load ptr, ptr %519, align 8
  %521 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %96)
  %522 = load ptr, ptr %521, align 8
  %523 = getelementptr inbounds nuw i8, ptr %49, i64 600
  %524 = load double, ptr %523, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %524, ptr null, i64 2, ptr %520, ptr %522)
  %525 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %102)
  %526 = load ptr, ptr %525, align 8
  %527 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %106)
  %528 = load ptr, ptr %527, align 8
  %529 = getelementptr inbounds nuw i8, ptr %49, i64 608
  %530 = load double, ptr %529, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %530, ptr null, i64 2, ptr %526, ptr %528)
  %531 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %112)
  %532 = load ptr, ptr %531, align 8
  %533 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %116)
  %534 = load ptr, ptr %533, align 8
  %535 = getelementptr inbounds nuw i8, ptr %49, i64 616
  %536 = load double, ptr %535, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %536, ptr null, i64 2, ptr %532, ptr %534)
  %537 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %122)
  %538 = load ptr, ptr %537, align 8
  %539 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %126)
  %540 = load ptr, ptr %539, align 8
  %541 = getelementptr inbounds nuw i8, ptr %49, i64 624
  %542 = load double, ptr %541, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %542, ptr null, i64 2, ptr %538, ptr %540)
  %543 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %132)
  %544 = load ptr, ptr %543, align 8
  %545 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %136)
  %546 = load ptr, ptr %545, align 8
  %547 = getelementptr inbounds nuw i8, ptr %49, i64 632
  %548 = load double, ptr %547, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %548, ptr null, i64 2, ptr %544, ptr %546)
  %549 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %142)
  %550 = load ptr, ptr %549, align 8
  %551 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %146)
  %552 = load ptr, ptr %551, align 8
  %553 = getelementptr inbounds nuw i8, ptr %49, i64 640
  %554 = load double, ptr %553, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %554, ptr null, i64 2, ptr %550, ptr %552)
  %555 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %152)
  %556 = load ptr, ptr %555, align 8
  %557 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %156)
  %558 = load ptr, ptr %557, align 8
  %559 = getelementptr inbounds nuw i8, ptr %49, i64 648
  %560 = load double, ptr %559, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %560, ptr null, i64 2, ptr %556, ptr %558)
  %561 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %162)
  %562 = load ptr, ptr %561, align 8
  %563 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %166)
  %564 = load ptr, ptr %563, align 8
  %565 = getelementptr inbounds nuw i8, ptr %49, i64 656
  %566 = load double, ptr %565, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %566, ptr null, i64 2, ptr %562, ptr %564)
  %567 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %172)
  %568 = load ptr, ptr %567, align 8
  %569 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %176)
  %570 = load ptr, ptr %569, align 8
  %571 = getelementptr inbounds nuw i8, ptr %49, i64 664
  %572 = load double, ptr %571, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %572, ptr null, i64 2, ptr %568, ptr %570)
  %573 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %182)
  %574 = load ptr, ptr %573, align 8
  %575 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %186)
  %576 = load ptr, ptr %575, align 8
  %577 = getelementptr inbounds nuw i8, ptr %49, i64 672
  %578 = load double, ptr %577, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %578, ptr null, i64 2, ptr %574, ptr %576)
  %579 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %192)
  %580 = load ptr, ptr %579, align 8
  %581 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %196)
  %582 = load ptr, ptr %581, align 8
  %583 = getelementptr inbounds nuw i8, ptr %49, i64 680
  %584 = load double, ptr %583, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %584, ptr null, i64 2, ptr %580, ptr %582)
  %585 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %202)
  %586 = load ptr, ptr %585, align 8
  %587 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %206)
  %588 = load ptr, ptr %587, align 8
  %589 = getelementptr inbounds nuw i8, ptr %49, i64 688
  %590 = load double, ptr %589, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %590, ptr null, i64 2, ptr %586, ptr %588)
  %591 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %212)
  %592 = load ptr, ptr %591, align 8
  %593 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %216)
  %594 = load ptr, ptr %593, align 8
  %595 = getelementptr inbounds nuw i8, ptr %49, i64 696
  %596 = load double, ptr %595, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %596, ptr null, i64 2, ptr %592, ptr %594)
  %597 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %222)
  %598 = load ptr, ptr %597, align 8
  %599 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %226)
  %600 = load ptr, ptr %599, align 8
  %601 = getelementptr inbounds nuw i8, ptr %49, i64 704
  %602 = load double, ptr %601, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %602, ptr null, i64 2, ptr %598, ptr %600)
  %603 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %232)
  %604 = load ptr, ptr %603, align 8
  %605 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %236)
  %606 = load ptr, ptr %605, align 8
  %607 = getelementptr inbounds nuw i8, ptr %49, i64 712
  %608 = load double, ptr %607, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %608, ptr null, i64 2, ptr %604, ptr %606)
  %609 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %242)
  %610 = load ptr, ptr %609, align 8
  %611 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %246)
  %612 = load ptr, ptr %611, align 8
  %613 = getelementptr inbounds nuw i8, ptr %49, i64 720
  %614 = load double, ptr %613, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %614, ptr null, i64 2, ptr %610, ptr %612)
  %615 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %616 = load ptr, ptr %615, align 8
  %617 = getelementptr inbounds nuw i8, ptr %49, i64 728
  %618 = load double, ptr %617, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %618, ptr %616, ptr null)
  %619 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %620 = load ptr, ptr %619, align 8
  %621 = getelementptr inbounds nuw i8, ptr %49, i64 736
  %622 = load double, ptr %621, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %622, ptr %620, ptr null)
  %623 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %624 = load ptr, ptr %623, align 8
  %625 = getelementptr inbounds nuw i8, ptr %49, i64 744
  %626 = load double, ptr %625, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %626, ptr %624, ptr null)
  %627 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %628 = load ptr, ptr %627, align 8
  %629 = getelementptr inbounds nuw i8, ptr %49, i64 752
  %630 = load double, ptr %629, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %630, ptr %628, ptr null)
  %631 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 4)
  %632 = load ptr, ptr %631, align 8
  %633 = getelementptr inbounds nuw i8, ptr %49, i64 760
  %634 = load double, ptr %633, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %634, ptr %632, ptr null)
  %635 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 5)
  %636 = load ptr, ptr %635, align 8
  %637 = getelementptr inbounds nuw i8, ptr %49, i64 768
  %638 = load double, ptr %637, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %638, ptr %636, ptr null)
  %639 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 6)
  %640 = load ptr, ptr %639, align 8
  %641 = getelementptr inbounds nuw i8, ptr %49, i64 776
  %642 = load double, ptr %641, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %642, ptr %640, ptr null)
  %643 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 7)
  %644 = load ptr, ptr %643, align 8
  %645 = getelementptr inbounds nuw i8, ptr %49, i64 784
  %646 = load double, ptr %645, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %646, ptr %644, ptr null)
  %647 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 8)
  %648 = load ptr, ptr %647, align 8
  %649 = getelementptr inbounds nuw i8, ptr %49, i64 792
  %650 = load double, ptr %649, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %650, ptr %648, ptr null)
  %651 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 9)
  %652 = load ptr, ptr %651, align 8
  %653 = getelementptr inbounds nuw i8, ptr %49, i64 800
  %654 = load double, ptr %653, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %654, ptr %652, ptr null)
  %655 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 10)
  %656 = load ptr, ptr %655, align 8
  %657 = getelementptr inbounds nuw i8, ptr %49, i64 808
  %658 = load double, ptr %657, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %658, ptr %656, ptr null)
  %659 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 11)
  %660 = load ptr, ptr %659, align 8
  %661 = getelementptr inbounds nuw i8, ptr %49, i64 816
  %662 = load double, ptr %661, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %662, ptr %660, ptr null)
  %663 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 12)
  %664 = load ptr, ptr %663, align 8
  %665 = getelementptr inbounds nuw i8, ptr %49, i64 824
  %666 = load double, ptr %665, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %666, ptr %664, ptr null)
  %667 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 13)
  %668 = load ptr, ptr %667, align 8
  %669 = getelementptr inbounds nuw i8, ptr %49, i64 832
  %670 = load double, ptr %669, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %670, ptr %668, ptr null)
  %671 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %672 = load ptr, ptr %671, align 8
  %673 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %672)
  %674 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %675 = load ptr, ptr %674, align 8
  %676 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %675)
  %677 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %673, i64 %676)
  %678 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %679 = load ptr, ptr %678, align 8
  %680 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %679)
  %681 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %682 = load ptr, ptr %681, align 8
  %683 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %682)
  %684 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %680, i64 %683)
  %685 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %62)
  %686 = load ptr, ptr %685, align 8
  %687 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %686)
  %688 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %66)
  %689 = load ptr, ptr %688, align 8
  %690 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %689)
  %691 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %687, i64 %690)
  %692 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %72)
  %693 = load ptr, ptr %692, align 8
  %694 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %693)
  %695 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %76)
  %696 = load ptr, ptr %695, align 8
  %697 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %696)
  %698 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %694, i64 %697)
  %699 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %82)
  %700 = load ptr, ptr %699, align 8
  %701 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %700)
  %702 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %86)
  %703 = load ptr, ptr %702, align 8
  %704 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %703)
  %705 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %701, i64 %704)
  %706 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %92)
  %707 = load ptr, ptr %706, align 8
  %708 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %707)
  %709 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %96)
  %710 = load ptr, ptr %709, align 8
  %711 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %710)
  %712 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %708, i64 %711)
  %713 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %102)
  %714 = load ptr, ptr %713, align 8
  %715 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %714)
  %716 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %106)
  %717 = load ptr, ptr %716, align 8
  %718 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %717)
  %719 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %715, i64 %718)
  %720 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %112)
  %721 = load ptr, ptr %720, align 8
  %722 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %721)
  %723 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %116)
  %724 = load ptr, ptr %723, align 8
  %725 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %724)
  %726 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %722, i64 %725)
  %727 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %122)
  %728 = load ptr, ptr %727, align 8
  %729 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %728)
  %730 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %126)
  %731 = load ptr, ptr %730, align 8
  %732 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %731)
  %733 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %729, i64 %732)
  %734 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %132)
  %735 = load ptr, ptr %734, align 8
  %736 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %735)
  %737 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %136)
  %738 = load ptr, ptr %737, align 8
  %739 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %738)
  %740 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %736, i64 %739)
  %741 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %142)
  %742 = load ptr, ptr %741, align 8
  %743 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %742)
  %744 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %146)
  %745 = load ptr, ptr %744, align 8
  %746 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %745)
  %747 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %743, i64 %746)
  %748 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %152)
  %749 = load ptr, ptr %748, align 8
  %750 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %749)
  %751 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %156)
  %752 = load ptr, ptr %751, align 8
  %753 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %752)
  %754 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %750, i64 %753)
  %755 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %162)
  %756 = load ptr, ptr %755, align 8
  %757 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %756)
  %758 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %166)
  %759 = load ptr, ptr %758, align 8
  %760 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %759)
  %761 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %757, i64 %760)
  %762 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %172)
  %763 = load ptr, ptr %762, align 8
  %764 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %763)
  %765 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %176)
  %766 = load ptr, ptr %765, align 8
  %767 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %766)
  %768 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %764, i64 %767)
  %769 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %182)
  %770 = load ptr, ptr %769, align 8
  %771 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %770)
  %772 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %186)
  %773 = load ptr, ptr %772, align 8
  %774 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %773)
  %775 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %771, i64 %774)
  %776 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %192)
  %777 = load ptr, ptr %776, align 8
  %778 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %777)
  %779 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %196)
  %780 = load ptr, ptr %779, align 8
  %781 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %780)
  %782 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %778, i64 %781)
  %783 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %202)
  %784 = load ptr, ptr %783, align 8
  %785 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %784)
  %786 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %206)
  %787 = load ptr, ptr %786, align 8
  %788 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %787)
  %789 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %785, i64 %788)
  %790 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %212)
  %791 = load ptr, ptr %790, align 8
  %792 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %791)
  %793 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %216)
  %794 = load ptr, ptr %793, align 8
  %795 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %794)
  %796 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %792, i64 %795)
  %797 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %222)
  %798 = load ptr, ptr %797, align 8
  %799 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %798)
  %800 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %226)
  %801 = load ptr, ptr %800, align 8
  %802 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %801)
  %803 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %799, i64 %802)
  %804 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %232)
  %805 = load ptr, ptr %804, align 8
  %806 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %805)
  %807 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %236)
  %808 = load ptr, ptr %807, align 8
  %809 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %808)
  %810 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %806, i64 %809)
  %811 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %242)
  %812 = load ptr, ptr %811, align 8
  %813 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %812)
  %814 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %246)
  %815 = load ptr, ptr %814, align 8
  %816 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %815)
  %817 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %813, i64 %816)
  %.fca.0.extract = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %8, 0
  store ptr %.fca.0.extract, ptr %6, align 8
  %.fca.1.extract = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %8, 1
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %6, i64 8
  store ptr %.fca.1.extract, ptr %.fca.1.gep, align 8
  %.fca.2.extract = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %8, 2
  %.fca.2.gep = getelementptr inbounds nuw i8, ptr %6, i64 16
  store i64 %.fca.2.extract, ptr %.fca.2.gep, align 8
  %.fca.3.0.extract = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %8, 3, 0
  %.fca.3.0.gep = getelementptr inbounds nuw i8, ptr %6, i64 24
  store i64 %.fca.3.0.extract, ptr %.fca.3.0.gep, align 8
  %.fca.4.0.extract = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %8, 4, 0
  %.fca.4.0.gep = getelementptr inbounds nuw i8, ptr %6, i64 32
  store i64 %.fca.4.0.extract, ptr %.fca.4.0.gep, align 8
  %818 = call i64 (ptr, i64, ...) @__catalyst__qis__HamiltonianObs(ptr nonnull %6, i64 21, i64 %677, i64 %684, i64 %691, i64 %698, i64 %705, i64 %712, i64 %719, i64 %726, i64 %733, i64 %740, i64 %747, i64 %754, i64 %761, i64 %768, i64 %775, i64 %782, i64 %789, i64 %796, i64 %803, i64 %810, i64 %817)
  %819 = call double @__catalyst__qis__Expval(i64 %818)
  %820 = call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %821 = ptrtoint ptr %820 to i64
  %822 = add i64 %821, 63
  %823 = and i64 %822, -64
  %824 = inttoptr i64 %823 to ptr
  store double %819, ptr %824, align 64, !tbaa !4
  call void @__catalyst__rt__qubit_release_array(ptr %13)
  call void @__catalyst__rt__device_release()
  %825 = load double, ptr %824, align 64, !tbaa !4
  %826 = extractvalue { ptr, ptr, i64 } %11, 1
  store double %825, ptr %826, align 8, !tbaa !4
  ret void
}

define noalias noundef ptr @energy_0.quantum.augfwd(ptr %0, ptr readnone captures(none) %1, ptr %2, ptr readnone captures(none) %3, ptr %4, ptr readnone captures(none) %5, ptr %6, ptr readnone captures(none) %7, ptr %8, ptr readnone captures(none) %9) {
  tail call void @energy_0.quantum(ptr %0, ptr %2, ptr %4, ptr %6, ptr %8)
  ret ptr null
}

define void @energy_0.preprocess(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, i64 %19, ptr readnone captures(none) %20, ptr writeonly captures(none) initializes((0, 8)) %21, i64 %22) {
  %24 = alloca { ptr, ptr, i64 }, align 8
  %25 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %26 = alloca { ptr, ptr, i64, [2 x i64], [2 x i64] }, align 8
  %27 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %28 = alloca { ptr, ptr, i64, [2 x i64], [2 x i64] }, align 8
  %.idx = shl i64 %19, 3
  %29 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 %.idx)
  %30 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %31 = load double, ptr %30, align 8, !tbaa !4
  %32 = fmul double %31, 2.000000e+00
  %33 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %34 = load double, ptr %33, align 8, !tbaa !4
  %35 = fmul double %34, 2.000000e+00
  %36 = getelementptr inbounds nuw i8, ptr %8, i64 160
  %37 = load double, ptr %36, align 8, !tbaa !4
  %38 = fmul double %35, %37
  %39 = getelementptr inbounds nuw i8, ptr %8, i64 152
  %40 = load double, ptr %39, align 8, !tbaa !4
  %41 = fmul double %35, %40
  %42 = getelementptr inbounds nuw i8, ptr %8, i64 144
  %43 = load double, ptr %42, align 8, !tbaa !4
  %44 = fmul double %35, %43
  %45 = getelementptr inbounds nuw i8, ptr %8, i64 136
  %46 = load double, ptr %45, align 8, !tbaa !4
  %47 = fmul double %35, %46
  %48 = getelementptr inbounds nuw i8, ptr %8, i64 128
  %49 = load double, ptr %48, align 8, !tbaa !4
  %50 = fmul double %35, %49
  %51 = getelementptr inbounds nuw i8, ptr %8, i64 120
  %52 = load double, ptr %51, align 8, !tbaa !4
  %53 = fmul double %35, %52
  %54 = getelementptr inbounds nuw i8, ptr %8, i64 112
  %55 = load double, ptr %54, align 8, !tbaa !4
  %56 = fmul double %35, %55
  %57 = getelementptr inbounds nuw i8, ptr %8, i64 104
  %58 = load double, ptr %57, align 8, !tbaa !4
  %59 = fmul double %35, %58
  %60 = getelementptr inbounds nuw i8, ptr %8, i64 96
  %61 = load double, ptr %60, align 8, !tbaa !4
  %62 = fmul double %35, %61
  %63 = getelementptr inbounds nuw i8, ptr %8, i64 88
  %64 = load double, ptr %63, align 8, !tbaa !4
  %65 = fmul double %35, %64
  %66 = getelementptr inbounds nuw i8, ptr %8, i64 80
  %67 = load double, ptr %66, align 8, !tbaa !4
  %68 = fmul double %35, %67
  %69 = getelementptr inbounds nuw i8, ptr %8, i64 72
  %70 = load double, ptr %69, align 8, !tbaa !4
  %71 = fmul double %35, %70
  %72 = getelementptr inbounds nuw i8, ptr %8, i64 64
  %73 = load double, ptr %72, align 8, !tbaa !4
  %74 = fmul double %35, %73
  %75 = getelementptr inbounds nuw i8, ptr %8, i64 56
  %76 = load double, ptr %75, align 8, !tbaa !4
  %77 = fmul double %35, %76
  %78 = getelementptr inbounds nuw i8, ptr %8, i64 48
  %79 = load double, ptr %78, align 8, !tbaa !4
  %80 = fmul double %35, %79
  %81 = getelementptr inbounds nuw i8, ptr %8, i64 40
  %82 = load double, ptr %81, align 8, !tbaa !4
  %83 = fmul double %35, %82
  %84 = getelementptr inbounds nuw i8, ptr %8, i64 32
  %85 = load double, ptr %84, align 8, !tbaa !4
  %86 = fmul double %35, %85
  %87 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %88 = load double, ptr %87, align 8, !tbaa !4
  %89 = fmul double %35, %88
  %90 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %91 = load double, ptr %90, align 8, !tbaa !4
  %92 = fmul double %35, %91
  %93 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %94 = load double, ptr %93, align 8, !tbaa !4
  %95 = fmul double %35, %94
  %96 = load double, ptr %8, align 8, !tbaa !4
  %97 = fmul double %35, %96
  %98 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %99 = load double, ptr %98, align 8, !tbaa !4
  %100 = fmul double %99, 2.000000e+00
  %101 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %102 = load double, ptr %101, align 8, !tbaa !4
  %103 = fmul double %102, 2.000000e+00
  %104 = fmul double %37, %103
  %105 = fmul double %40, %103
  %106 = fmul double %43, %103
  %107 = fmul double %46, %103
  %108 = fmul double %49, %103
  %109 = fmul double %52, %103
  %110 = fmul double %55, %103
  %111 = fmul double %58, %103
  %112 = fmul double %61, %103
  %113 = fmul double %64, %103
  %114 = fmul double %67, %103
  %115 = fmul double %70, %103
  %116 = fmul double %73, %103
  %117 = fmul double %76, %103
  %118 = fmul double %79, %103
  %119 = fmul double %82, %103
  %120 = fmul double %85, %103
  %121 = fmul double %88, %103
  %122 = fmul double %91, %103
  %123 = fmul double %94, %103
  %124 = fmul double %96, %103
  %125 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %126 = load double, ptr %125, align 8, !tbaa !4
  %127 = fmul double %126, 2.000000e+00
  %128 = load double, ptr %1, align 8, !tbaa !4
  %129 = fmul double %128, 2.000000e+00
  %130 = fmul double %37, %129
  %131 = fmul double %40, %129
  %132 = fmul double %43, %129
  %133 = fmul double %46, %129
  %134 = fmul double %49, %129
  %135 = fmul double %52, %129
  %136 = fmul double %55, %129
  %137 = fmul double %58, %129
  %138 = fmul double %61, %129
  %139 = fmul double %64, %129
  %140 = fmul double %67, %129
  %141 = fmul double %70, %129
  %142 = fmul double %73, %129
  %143 = fmul double %76, %129
  %144 = fmul double %79, %129
  %145 = fmul double %82, %129
  %146 = fmul double %85, %129
  %147 = fmul double %88, %129
  %148 = fmul double %91, %129
  %149 = fmul double %94, %129
  %150 = fmul double %96, %129
  store double %150, ptr %29, align 8, !tbaa !4
  %151 = getelementptr inbounds nuw i8, ptr %29, i64 8
  store double %149, ptr %151, align 8, !tbaa !4
  %152 = getelementptr inbounds nuw i8, ptr %29, i64 16
  store double %148, ptr %152, align 8, !tbaa !4
  %153 = getelementptr inbounds nuw i8, ptr %29, i64 24
  store double %147, ptr %153, align 8, !tbaa !4
  %154 = getelementptr inbounds nuw i8, ptr %29, i64 32
  store double %146, ptr %154, align 8, !tbaa !4
  %155 = getelementptr inbounds nuw i8, ptr %29, i64 40
  store double %145, ptr %155, align 8, !tbaa !4
  %156 = getelementptr inbounds nuw i8, ptr %29, i64 48
  store double %144, ptr %156, align 8, !tbaa !4
  %157 = getelementptr inbounds nuw i8, ptr %29, i64 56
  store double %143, ptr %157, align 8, !tbaa !4
  %158 = getelementptr inbounds nuw i8, ptr %29, i64 64
  store double %142, ptr %158, align 8, !tbaa !4
  %159 = getelementptr inbounds nuw i8, ptr %29, i64 72
  store double %141, ptr %159, align 8, !tbaa !4
  %160 = getelementptr inbounds nuw i8, ptr %29, i64 80
  store double %140, ptr %160, align 8, !tbaa !4
  %161 = getelementptr inbounds nuw i8, ptr %29, i64 88
  store double %139, ptr %161, align 8, !tbaa !4
  %162 = getelementptr inbounds nuw i8, ptr %29, i64 96
  store double %138, ptr %162, align 8, !tbaa !4
  %163 = getelementptr inbounds nuw i8, ptr %29, i64 104
  store double %137, ptr %163, align 8, !tbaa !4
  %164 = getelementptr inbounds nuw i8, ptr %29, i64 112
  store double %136, ptr %164, align 8, !tbaa !4
  %165 = getelementptr inbounds nuw i8, ptr %29, i64 120
  store double %135, ptr %165, align 8, !tbaa !4
  %166 = getelementptr inbounds nuw i8, ptr %29, i64 128
  store double %134, ptr %166, align 8, !tbaa !4
  %167 = getelementptr inbounds nuw i8, ptr %29, i64 136
  store double %133, ptr %167, align 8, !tbaa !4
  %168 = getelementptr inbounds nuw i8, ptr %29, i64 144
  store double %132, ptr %168, align 8, !tbaa !4
  %169 = getelementptr inbounds nuw i8, ptr %29, i64 152
  store double %131, ptr %169, align 8, !tbaa !4
  %170 = getelementptr inbounds nuw i8, ptr %29, i64 160
  store double %130, ptr %170, align 8, !tbaa !4
  %171 = getelementptr inbounds nuw i8, ptr %29, i64 168
  store double %127, ptr %171, align 8, !tbaa !4
  %172 = getelementptr inbounds nuw i8, ptr %29, i64 176
  store double %127, ptr %172, align 8, !tbaa !4
  %173 = getelementptr inbounds nuw i8, ptr %29, i64 184
  store double %127, ptr %173, align 8, !tbaa !4
  %174 = getelementptr inbounds nuw i8, ptr %29, i64 192
  store double %127, ptr %174, align 8, !tbaa !4
  %175 = getelementptr inbounds nuw i8, ptr %29, i64 200
  store double %127, ptr %175, align 8, !tbaa !4
  %176 = getelementptr inbounds nuw i8, ptr %29, i64 208
  store double %127, ptr %176, align 8, !tbaa !4
  %177 = getelementptr inbounds nuw i8, ptr %29, i64 216
  store double %127, ptr %177, align 8, !tbaa !4
  %178 = getelementptr inbounds nuw i8, ptr %29, i64 224
  store double %127, ptr %178, align 8, !tbaa !4
  %179 = getelementptr inbounds nuw i8, ptr %29, i64 232
  store double %127, ptr %179, align 8, !tbaa !4
  %180 = getelementptr inbounds nuw i8, ptr %29, i64 240
  store double %127, ptr %180, align 8, !tbaa !4
  %181 = getelementptr inbounds nuw i8, ptr %29, i64 248
  store double %127, ptr %181, align 8, !tbaa !4
  %182 = getelementptr inbounds nuw i8, ptr %29, i64 256
  store double %127, ptr %182, align 8, !tbaa !4
  %183 = getelementptr inbounds nuw i8, ptr %29, i64 264
  store double %127, ptr %183, align 8, !tbaa !4
  %184 = getelementptr inbounds nuw i8, ptr %29, i64 272
  store double %127, ptr %184, align 8, !tbaa !4
  %185 = getelementptr inbounds nuw i8, ptr %29, i64 280
  store double %124, ptr %185, align 8, !tbaa !4
  %186 = getelementptr inbounds nuw i8, ptr %29, i64 288
  store double %123, ptr %186, align 8, !tbaa !4
  %187 = getelementptr inbounds nuw i8, ptr %29, i64 296
  store double %122, ptr %187, align 8, !tbaa !4
  %188 = getelementptr inbounds nuw i8, ptr %29, i64 304
  store double %121, ptr %188, align 8, !tbaa !4
  %189 = getelementptr inbounds nuw i8, ptr %29, i64 312
  store double %120, ptr %189, align 8, !tbaa !4
  %190 = getelementptr inbounds nuw i8, ptr %29, i64 320
  store double %119, ptr %190, align 8, !tbaa !4
  %191 = getelementptr inbounds nuw i8, ptr %29, i64 328
  store double %118, ptr %191, align 8, !tbaa !4
  %192 = getelementptr inbounds nuw i8, ptr %29, i64 336
  store double %117, ptr %192, align 8, !tbaa !4
  %193 = getelementptr inbounds nuw i8, ptr %29, i64 344
  store double %116, ptr %193, align 8, !tbaa !4
  %194 = getelementptr inbounds nuw i8, ptr %29, i64 352
  store double %115, ptr %194, align 8, !tbaa !4
  %195 = getelementptr inbounds nuw i8, ptr %29, i64 360
  store double %114, ptr %195, align 8, !tbaa !4
  %196 = getelementptr inbounds nuw i8, ptr %29, i64 368
  store double %113, ptr %196, align 8, !tbaa !4
  %197 = getelementptr inbounds nuw i8, ptr %29, i64 376
  store double %112, ptr %197, align 8, !tbaa !4
  %198 = getelementptr inbounds nuw i8, ptr %29, i64 384
  store double %111, ptr %198, align 8, !tbaa !4
  %199 = getelementptr inbounds nuw i8, ptr %29, i64 392
  store double %110, ptr %199, align 8, !tbaa !4
  %200 = getelementptr inbounds nuw i8, ptr %29, i64 400
  store double %109, ptr %200, align 8, !tbaa !4
  %201 = getelementptr inbounds nuw i8, ptr %29, i64 408
  store double %108, ptr %201, align 8, !tbaa !4
  %202 = getelementptr inbounds nuw i8, ptr %29, i64 416
  store double %107, ptr %202, align 8, !tbaa !4
  %203 = getelementptr inbounds nuw i8, ptr %29, i64 424
  store double %106, ptr %203, align 8, !tbaa !4
  %204 = getelementptr inbounds nuw i8, ptr %29, i64 432
  store double %105, ptr %204, align 8, !tbaa !4
  %205 = getelementptr inbounds nuw i8, ptr %29, i64 440
  store double %104, ptr %205, align 8, !tbaa !4
  %206 = getelementptr inbounds nuw i8, ptr %29, i64 448
  store double %100, ptr %206, align 8, !tbaa !4
  %207 = getelementptr inbounds nuw i8, ptr %29, i64 456
  store double %100, ptr %207, align 8, !tbaa !4
  %208 = getelementptr inbounds nuw i8, ptr %29, i64 464
  store double %100, ptr %208, align 8, !tbaa !4
  %209 = getelementptr inbounds nuw i8, ptr %29, i64 472
  store double %100, ptr %209, align 8, !tbaa !4
  %210 = getelementptr inbounds nuw i8, ptr %29, i64 480
  store double %100, ptr %210, align 8, !tbaa !4
  %211 = getelementptr inbounds nuw i8, ptr %29, i64 488
  store double %100, ptr %211, align 8, !tbaa !4
  %212 = getelementptr inbounds nuw i8, ptr %29, i64 496
  store double %100, ptr %212, align 8, !tbaa !4
  %213 = getelementptr inbounds nuw i8, ptr %29, i64 504
  store double %100, ptr %213, align 8, !tbaa !4
  %214 = getelementptr inbounds nuw i8, ptr %29, i64 512
  store double %100, ptr %214, align 8, !tbaa !4
  %215 = getelementptr inbounds nuw i8, ptr %29, i64 520
  store double %100, ptr %215, align 8, !tbaa !4
  %216 = getelementptr inbounds nuw i8, ptr %29, i64 528
  store double %100, ptr %216, align 8, !tbaa !4
  %217 = getelementptr inbounds nuw i8, ptr %29, i64 536
  store double %100, ptr %217, align 8, !tbaa !4
  %218 = getelementptr inbounds nuw i8, ptr %29, i64 544
  store double %100, ptr %218, align 8, !tbaa !4
  %219 = getelementptr inbounds nuw i8, ptr %29, i64 552
  store double %100, ptr %219, align 8, !tbaa !4
  %220 = getelementptr inbounds nuw i8, ptr %29, i64 560
  store double %97, ptr %220, align 8, !tbaa !4
  %221 = getelementptr inbounds nuw i8, ptr %29, i64 568
  store double %95, ptr %221, align 8, !tbaa !4
  %222 = getelementptr inbounds nuw i8, ptr %29, i64 576
  store double %92, ptr %222, align 8, !tbaa !4
  %223 = getelementptr inbounds nuw i8, ptr %29, i64 584
  store double %89, ptr %223, align 8, !tbaa !4
  %224 = getelementptr inbounds nuw i8, ptr %29, i64 592
  store double %86, ptr %224, align 8, !tbaa !4
  %225 = getelementptr inbounds nuw i8, ptr %29, i64 600
  store double %83, ptr %225, align 8, !tbaa !4
  %226 = getelementptr inbounds nuw i8, ptr %29, i64 608
  store double %80, ptr %226, align 8, !tbaa !4
  %227 = getelementptr inbounds nuw i8, ptr %29, i64 616
  store double %77, ptr %227, align 8, !tbaa !4
  %228 = getelementptr inbounds nuw i8, ptr %29, i64 624
  store double %74, ptr %228, align 8, !tbaa !4
  %229 = getelementptr inbounds nuw i8, ptr %29, i64 632
  store double %71, ptr %229, align 8, !tbaa !4
  %230 = getelementptr inbounds nuw i8, ptr %29, i64 640
  store double %68, ptr %230, align 8, !tbaa !4
  %231 = getelementptr inbounds nuw i8, ptr %29, i64 648
  store double %65, ptr %231, align 8, !tbaa !4
  %232 = getelementptr inbounds nuw i8, ptr %29, i64 656
  store double %62, ptr %232, align 8, !tbaa !4
  %233 = getelementptr inbounds nuw i8, ptr %29, i64 664
  store double %59, ptr %233, align 8, !tbaa !4
  %234 = getelementptr inbounds nuw i8, ptr %29, i64 672
  store double %56, ptr %234, align 8, !tbaa !4
  %235 = getelementptr inbounds nuw i8, ptr %29, i64 680
  store double %53, ptr %235, align 8, !tbaa !4
  %236 = getelementptr inbounds nuw i8, ptr %29, i64 688
  store double %50, ptr %236, align 8, !tbaa !4
  %237 = getelementptr inbounds nuw i8, ptr %29, i64 696
  store double %47, ptr %237, align 8, !tbaa !4
  %238 = getelementptr inbounds nuw i8, ptr %29, i64 704
  store double %44, ptr %238, align 8, !tbaa !4
  %239 = getelementptr inbounds nuw i8, ptr %29, i64 712
  store double %41, ptr %239, align 8, !tbaa !4
  %240 = getelementptr inbounds nuw i8, ptr %29, i64 720
  store double %38, ptr %240, align 8, !tbaa !4
  %241 = getelementptr inbounds nuw i8, ptr %29, i64 728
  store double %32, ptr %241, align 8, !tbaa !4
  %242 = getelementptr inbounds nuw i8, ptr %29, i64 736
  store double %32, ptr %242, align 8, !tbaa !4
  %243 = getelementptr inbounds nuw i8, ptr %29, i64 744
  store double %32, ptr %243, align 8, !tbaa !4
  %244 = getelementptr inbounds nuw i8, ptr %29, i64 752
  store double %32, ptr %244, align 8, !tbaa !4
  %245 = getelementptr inbounds nuw i8, ptr %29, i64 760
  store double %32, ptr %245, align 8, !tbaa !4
  %246 = getelementptr inbounds nuw i8, ptr %29, i64 768
  store double %32, ptr %246, align 8, !tbaa !4
  %247 = getelementptr inbounds nuw i8, ptr %29, i64 776
  store double %32, ptr %247, align 8, !tbaa !4
  %248 = getelementptr inbounds nuw i8, ptr %29, i64 784
  store double %32, ptr %248, align 8, !tbaa !4
  %249 = getelementptr inbounds nuw i8, ptr %29, i64 792
  store double %32, ptr %249, align 8, !tbaa !4
  %250 = getelementptr inbounds nuw i8, ptr %29, i64 800
  store double %32, ptr %250, align 8, !tbaa !4
  %251 = getelementptr inbounds nuw i8, ptr %29, i64 808
  store double %32, ptr %251, align 8, !tbaa !4
  %252 = getelementptr inbounds nuw i8, ptr %29, i64 816
  store double %32, ptr %252, align 8, !tbaa !4
  %253 = getelementptr inbounds nuw i8, ptr %29, i64 824
  store double %32, ptr %253, align 8, !tbaa !4
  %254 = getelementptr inbounds nuw i8, ptr %29, i64 832
  store double %32, ptr %254, align 8, !tbaa !4
  store ptr %0, ptr %28, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %28, i64 8
  store ptr %1, ptr %.fca.1.gep, align 8
  %.fca.2.gep = getelementptr inbounds nuw i8, ptr %28, i64 16
  store i64 %2, ptr %.fca.2.gep, align 8
  %.fca.3.0.gep = getelementptr inbounds nuw i8, ptr %28, i64 24
  store i64 %3, ptr %.fca.3.0.gep, align 8
  %.fca.3.1.gep = getelementptr inbounds nuw i8, ptr %28, i64 32
  store i64 %4, ptr %.fca.3.1.gep, align 8
  %.fca.4.0.gep = getelementptr inbounds nuw i8, ptr %28, i64 40
  store i64 %5, ptr %.fca.4.0.gep, align 8
  %.fca.4.1.gep = getelementptr inbounds nuw i8, ptr %28, i64 48
  store i64 %6, ptr %.fca.4.1.gep, align 8
  store ptr %7, ptr %27, align 8
  %.fca.1.gep108 = getelementptr inbounds nuw i8, ptr %27, i64 8
  store ptr %8, ptr %.fca.1.gep108, align 8
  %.fca.2.gep110 = getelementptr inbounds nuw i8, ptr %27, i64 16
  store i64 %9, ptr %.fca.2.gep110, align 8
  %.fca.3.0.gep112 = getelementptr inbounds nuw i8, ptr %27, i64 24
  store i64 %10, ptr %.fca.3.0.gep112, align 8
  %.fca.4.0.gep114 = getelementptr inbounds nuw i8, ptr %27, i64 32
  store i64 %11, ptr %.fca.4.0.gep114, align 8
  store ptr %12, ptr %26, align 8
  %.fca.1.gep118 = getelementptr inbounds nuw i8, ptr %26, i64 8
  store ptr %13, ptr %.fca.1.gep118, align 8
  %.fca.2.gep120 = getelementptr inbounds nuw i8, ptr %26, i64 16
  store i64 %14, ptr %.fca.2.gep120, align 8
  %.fca.3.0.gep122 = getelementptr inbounds nuw i8, ptr %26, i64 24
  store i64 %15, ptr %.fca.3.0.gep122, align 8
  %.fca.3.1.gep124 = getelementptr inbounds nuw i8, ptr %26, i64 32
  store i64 %16, ptr %.fca.3.1.gep124, align 8
  %.fca.4.0.gep126 = getelementptr inbounds nuw i8, ptr %26, i64 40
  store i64 %17, ptr %.fca.4.0.gep126, align 8
  %.fca.4.1.gep128 = getelementptr inbounds nuw i8, ptr %26, i64 48
  store i64 %18, ptr %.fca.4.1.gep128, align 8
  store ptr %29, ptr %25, align 8
  %.fca.1.gep132 = getelementptr inbounds nuw i8, ptr %25, i64 8
  store ptr %29, ptr %.fca.1.gep132, align 8
  %.fca.2.gep134 = getelementptr inbounds nuw i8, ptr %25, i64 16
  store i64 0, ptr %.fca.2.gep134, align 8
  %.fca.3.0.gep136 = getelementptr inbounds nuw i8, ptr %25, i64 24
  store i64 %19, ptr %.fca.3.0.gep136, align 8
  %.fca.4.0.gep138 = getelementptr inbounds nuw i8, ptr %25, i64 32
  store i64 1, ptr %.fca.4.0.gep138, align 8
  %255 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 8)
  store ptr %255, ptr %24, align 8
  %.fca.1.gep142 = getelementptr inbounds nuw i8, ptr %24, i64 8
  store ptr %255, ptr %.fca.1.gep142, align 8
  %.fca.2.gep144 = getelementptr inbounds nuw i8, ptr %24, i64 16
  store i64 0, ptr %.fca.2.gep144, align 8
  call void @energy_0.quantum(ptr nonnull %28, ptr nonnull %27, ptr nonnull %26, ptr nonnull %25, ptr nonnull %24)
  %256 = load double, ptr %255, align 8, !tbaa !4
  store double %256, ptr %21, align 8, !tbaa !4
  ret void
}

define { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } @energy_0.fullgrad0(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, i64 %19) local_unnamed_addr {
  %21 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %22 = ptrtoint ptr %21 to i64
  %23 = add i64 %22, 63
  %24 = and i64 %23, -64
  %25 = inttoptr i64 %24 to ptr
  store double 1.000000e+00, ptr %25, align 64, !tbaa !4
  %26 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  %27 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %26, 0
  %28 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %27, ptr %26, 1
  %29 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %28, i64 0, 2
  %30 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %29, i64 2, 3, 0
  %31 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %30, i64 3, 3, 1
  %32 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %31, i64 3, 4, 0
  %33 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %32, i64 1, 4, 1
  %34 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 8)
  %35 = insertvalue { ptr, ptr, i64 } poison, ptr %34, 0
  %36 = insertvalue { ptr, ptr, i64 } %35, ptr %34, 1
  %37 = insertvalue { ptr, ptr, i64 } %36, i64 0, 2
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %26, i8 0, i64 48, i1 false)
  tail call void (...) @__enzyme_autodiff0(ptr nonnull @energy_0.preprocess, ptr nonnull @enzyme_const, ptr %0, ptr %1, ptr nonnull %26, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr nonnull @enzyme_const, ptr %7, ptr nonnull @enzyme_const, ptr %8, i64 %9, i64 %10, i64 %11, ptr nonnull @enzyme_const, ptr %12, ptr nonnull @enzyme_const, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, ptr nonnull @enzyme_const, i64 %19, ptr nonnull @enzyme_const, ptr %34, ptr %34, ptr nonnull %25, i64 0)
  tail call void @_mlir_memref_to_llvm_free(ptr %21)
  %38 = insertvalue { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } poison, { ptr, ptr, i64 } %37, 0
  %39 = insertvalue { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } %38, { ptr, ptr, i64, [2 x i64], [2 x i64] } %33, 1
  ret { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } %39
}

define void @setup() local_unnamed_addr {
  tail call void @__catalyst__rt__initialize(ptr null)
  ret void
}

define void @teardown() local_unnamed_addr {
  tail call void @__catalyst__rt__finalize()
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #1 = { noinline }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!llvm.module.flags = !{!0}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{!2, !2, i64 0}
!2 = !{!"int", !3, i64 0}
!3 = !{!"Catalyst TBAA"}
!4 = !{!5, !5, i64 0}
!5 = !{!"double", !3, i64 0}
