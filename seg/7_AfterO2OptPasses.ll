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
  tail call void (...) @__enzyme_autodiff0(ptr nonnull @energy_0.preprocess, ptr nonnull @enzyme_const, ptr nonnull %40, ptr nonnull %40, ptr nonnull %47, i64 0, i64 2, i64 3, i64 3, i64 1, ptr nonnull @enzyme_const, ptr %7, ptr nonnull @enzyme_const, ptr %8, i64 %9, i64 %10, i64 %11, ptr nonnull @enzyme_const, ptr %12, ptr nonnull @enzyme_const, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, ptr nonnull @enzyme_const, i64 24, ptr nonnull @enzyme_const, ptr %48, ptr %48, ptr nonnull %46, i64 0)
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
  %27 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %28 = load double, ptr %27, align 8, !tbaa !4
  %29 = fmul double %26, %28
  %30 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %31 = load double, ptr %30, align 8, !tbaa !4
  %32 = fmul double %26, %31
  %33 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %34 = load double, ptr %33, align 8, !tbaa !4
  %35 = fmul double %26, %34
  %36 = load double, ptr %8, align 8, !tbaa !4
  %37 = fmul double %26, %36
  %38 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %39 = load double, ptr %38, align 8, !tbaa !4
  %40 = fmul double %39, 2.000000e+00
  %41 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %42 = load double, ptr %41, align 8, !tbaa !4
  %43 = fmul double %42, 2.000000e+00
  %44 = fmul double %28, %43
  %45 = fmul double %31, %43
  %46 = fmul double %34, %43
  %47 = fmul double %36, %43
  %48 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %49 = load double, ptr %48, align 8, !tbaa !4
  %50 = fmul double %49, 2.000000e+00
  %51 = load double, ptr %1, align 8, !tbaa !4
  %52 = fmul double %51, 2.000000e+00
  %53 = fmul double %28, %52
  %54 = fmul double %31, %52
  %55 = fmul double %34, %52
  %56 = fmul double %36, %52
  tail call void @__catalyst__rt__device_init(ptr nonnull @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", ptr nonnull @LightningSimulator, ptr nonnull @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}", i64 0, i1 false)
  %57 = tail call ptr @__catalyst__rt__qubit_allocate_array(i64 4)
  %58 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 3)
  %59 = load ptr, ptr %58, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %59, ptr null)
  %60 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 2)
  %61 = load ptr, ptr %60, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %61, ptr null)
  %62 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 1)
  %63 = load ptr, ptr %62, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %63, ptr null)
  %64 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 0)
  %65 = load ptr, ptr %64, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %65, ptr null)
  %66 = load i64, ptr %13, align 4, !tbaa !1
  %67 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %66)
  %68 = load ptr, ptr %67, align 8
  %69 = getelementptr inbounds nuw i8, ptr %13, i64 8
  %70 = load i64, ptr %69, align 4, !tbaa !1
  %71 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %70)
  %72 = load ptr, ptr %71, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %56, ptr null, i64 2, ptr %68, ptr %72)
  %73 = getelementptr inbounds nuw i8, ptr %13, i64 16
  %74 = load i64, ptr %73, align 4, !tbaa !1
  %75 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %74)
  %76 = load ptr, ptr %75, align 8
  %77 = getelementptr inbounds nuw i8, ptr %13, i64 24
  %78 = load i64, ptr %77, align 4, !tbaa !1
  %79 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %78)
  %80 = load ptr, ptr %79, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %55, ptr null, i64 2, ptr %76, ptr %80)
  %81 = getelementptr inbounds nuw i8, ptr %13, i64 32
  %82 = load i64, ptr %81, align 4, !tbaa !1
  %83 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %82)
  %84 = load ptr, ptr %83, align 8
  %85 = getelementptr inbounds nuw i8, ptr %13, i64 40
  %86 = load i64, ptr %85, align 4, !tbaa !1
  %87 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %86)
  %88 = load ptr, ptr %87, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %54, ptr null, i64 2, ptr %84, ptr %88)
  %89 = getelementptr inbounds nuw i8, ptr %13, i64 48
  %90 = load i64, ptr %89, align 4, !tbaa !1
  %91 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %90)
  %92 = load ptr, ptr %91, align 8
  %93 = getelementptr inbounds nuw i8, ptr %13, i64 56
  %94 = load i64, ptr %93, align 4, !tbaa !1
  %95 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %94)
  %96 = load ptr, ptr %95, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %53, ptr null, i64 2, ptr %92, ptr %96)
  %97 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 3)
  %98 = load ptr, ptr %97, align 8
  tail call void @__catalyst__qis__RX(double %50, ptr %98, ptr null)
  %99 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 2)
  %100 = load ptr, ptr %99, align 8
  tail call void @__catalyst__qis__RX(double %50, ptr %100, ptr null)
  %101 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 1)
  %102 = load ptr, ptr %101, align 8
  tail call void @__catalyst__qis__RX(double %50, ptr %102, ptr null)
  %103 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 0)
  %104 = load ptr, ptr %103, align 8
  tail call void @__catalyst__qis__RX(double %50, ptr %104, ptr null)
  %105 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %66)
  %106 = load ptr, ptr %105, align 8
  %107 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %70)
  %108 = load ptr, ptr %107, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %47, ptr null, i64 2, ptr %106, ptr %108)
  %109 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %74)
  %110 = load ptr, ptr %109, align 8
  %111 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %78)
  %112 = load ptr, ptr %111, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %46, ptr null, i64 2, ptr %110, ptr %112)
  %113 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %82)
  %114 = load ptr, ptr %113, align 8
  %115 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %86)
  %116 = load ptr, ptr %115, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %45, ptr null, i64 2, ptr %114, ptr %116)
  %117 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %90)
  %118 = load ptr, ptr %117, align 8
  %119 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %94)
  %120 = load ptr, ptr %119, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %44, ptr null, i64 2, ptr %118, ptr %120)
  %121 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 3)
  %122 = load ptr, ptr %121, align 8
  tail call void @__catalyst__qis__RX(double %40, ptr %122, ptr null)
  %123 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 2)
  %124 = load ptr, ptr %123, align 8
  tail call void @__catalyst__qis__RX(double %40, ptr %124, ptr null)
  %125 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 1)
  %126 = load ptr, ptr %125, align 8
  tail call void @__catalyst__qis__RX(double %40, ptr %126, ptr null)
  %127 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 0)
  %128 = load ptr, ptr %127, align 8
  tail call void @__catalyst__qis__RX(double %40, ptr %128, ptr null)
  %129 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %66)
  %130 = load ptr, ptr %129, align 8
  %131 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %70)
  %132 = load ptr, ptr %131, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %37, ptr null, i64 2, ptr %130, ptr %132)
  %133 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %74)
  %134 = load ptr, ptr %133, align 8
  %135 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %78)
  %136 = load ptr, ptr %135, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %35, ptr null, i64 2, ptr %134, ptr %136)
  %137 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %82)
  %138 = load ptr, ptr %137, align 8
  %139 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %86)
  %140 = load ptr, ptr %139, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %32, ptr null, i64 2, ptr %138, ptr %140)
  %141 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %90)
  %142 = load ptr, ptr %141, align 8
  %143 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %94)
  %144 = load ptr, ptr %143, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %29, ptr null, i64 2, ptr %142, ptr %144)
  %145 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 0)
  %146 = load ptr, ptr %145, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %146, ptr null)
  %147 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 1)
  %148 = load ptr, ptr %147, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %148, ptr null)
  %149 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 2)
  %150 = load ptr, ptr %149, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %150, ptr null)
  %151 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 3)
  %152 = load ptr, ptr %151, align 8
  tail call void @__catalyst__qis__RX(double %23, ptr %152, ptr null)
  %153 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %66)
  %154 = load ptr, ptr %153, align 8
  %155 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %154)
  %156 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %70)
  %157 = load ptr, ptr %156, align 8
  %158 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %157)
  %159 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %155, i64 %158)
  %160 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %74)
  %161 = load ptr, ptr %160, align 8
  %162 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %161)
  %163 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %78)
  %164 = load ptr, ptr %163, align 8
  %165 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %164)
  %166 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %162, i64 %165)
  %167 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %82)
  %168 = load ptr, ptr %167, align 8
  %169 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %168)
  %170 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %86)
  %171 = load ptr, ptr %170, align 8
  %172 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %171)
  %173 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %169, i64 %172)
  %174 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %90)
  %175 = load ptr, ptr %174, align 8
  %176 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %175)
  %177 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %94)
  %178 = load ptr, ptr %177, align 8
  %179 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %178)
  %180 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %176, i64 %179)
  store ptr %7, ptr %20, align 8
  %.fca.1.gep = getelementptr inbounds nuw i8, ptr %20, i64 8
  store ptr %8, ptr %.fca.1.gep, align 8
  %.fca.2.gep = getelementptr inbounds nuw i8, ptr %20, i64 16
  store i64 %9, ptr %.fca.2.gep, align 8
  %.fca.3.0.gep = getelementptr inbounds nuw i8, ptr %20, i64 24
  store i64 %10, ptr %.fca.3.0.gep, align 8
  %.fca.4.0.gep = getelementptr inbounds nuw i8, ptr %20, i64 32
  store i64 %11, ptr %.fca.4.0.gep, align 8
  %181 = call i64 (ptr, i64, ...) @__catalyst__qis__HamiltonianObs(ptr nonnull %20, i64 4, i64 %159, i64 %166, i64 %173, i64 %180)
  %182 = call double @__catalyst__qis__Expval(i64 %181)
  ret ptr %57
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define noundef i64 @energy_0.pcount(ptr readnone captures(none) %0, ptr readnone captures(none) %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr readnone captures(none) %7, ptr readnone captures(none) %8, i64 %9, i64 %10, i64 %11, ptr readnone captures(none) %12, ptr readnone captures(none) %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18) local_unnamed_addr #0 {
  ret i64 24
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
  %13 = tail call ptr @__catalyst__rt__qubit_allocate_array(i64 4)
  %14 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %15 = load ptr, ptr %14, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %15, ptr null)
  %16 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %17 = load ptr, ptr %16, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %17, ptr null)
  %18 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %19 = load ptr, ptr %18, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %19, ptr null)
  %20 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %21 = load ptr, ptr %20, align 8
  tail call void @__catalyst__qis__Hadamard(ptr %21, ptr null)
  %22 = load i64, ptr %12, align 4, !tbaa !1
  %23 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %22)
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds nuw i8, ptr %12, i64 8
  %26 = load i64, ptr %25, align 4, !tbaa !1
  %27 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %26)
  %28 = load ptr, ptr %27, align 8
  %29 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %30 = load double, ptr %29, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %30, ptr null, i64 2, ptr %24, ptr %28)
  %31 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %32 = load i64, ptr %31, align 4, !tbaa !1
  %33 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %32)
  %34 = load ptr, ptr %33, align 8
  %35 = getelementptr inbounds nuw i8, ptr %12, i64 24
  %36 = load i64, ptr %35, align 4, !tbaa !1
  %37 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %36)
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds nuw i8, ptr %29, i64 8
  %40 = load double, ptr %39, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %40, ptr null, i64 2, ptr %34, ptr %38)
  %41 = getelementptr inbounds nuw i8, ptr %12, i64 32
  %42 = load i64, ptr %41, align 4, !tbaa !1
  %43 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %44 = load ptr, ptr %43, align 8
  %45 = getelementptr inbounds nuw i8, ptr %12, i64 40
  %46 = load i64, ptr %45, align 4, !tbaa !1
  %47 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %48 = load ptr, ptr %47, align 8
  %49 = getelementptr inbounds nuw i8, ptr %29, i64 16
  %50 = load double, ptr %49, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %50, ptr null, i64 2, ptr %44, ptr %48)
  %51 = getelementptr inbounds nuw i8, ptr %12, i64 48
  %52 = load i64, ptr %51, align 4, !tbaa !1
  %53 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %54 = load ptr, ptr %53, align 8
  %55 = getelementptr inbounds nuw i8, ptr %12, i64 56
  %56 = load i64, ptr %55, align 4, !tbaa !1
  %57 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %58 = load ptr, ptr %57, align 8
  %59 = getelementptr inbounds nuw i8, ptr %29, i64 24
  %60 = load double, ptr %59, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %60, ptr null, i64 2, ptr %54, ptr %58)
  %61 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %62 = load ptr, ptr %61, align 8
  %63 = getelementptr inbounds nuw i8, ptr %29, i64 32
  %64 = load double, ptr %63, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %64, ptr %62, ptr null)
  %65 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %66 = load ptr, ptr %65, align 8
  %67 = getelementptr inbounds nuw i8, ptr %29, i64 40
  %68 = load double, ptr %67, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %68, ptr %66, ptr null)
  %69 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %70 = load ptr, ptr %69, align 8
  %71 = getelementptr inbounds nuw i8, ptr %29, i64 48
  %72 = load double, ptr %71, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %72, ptr %70, ptr null)
  %73 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %74 = load ptr, ptr %73, align 8
  %75 = getelementptr inbounds nuw i8, ptr %29, i64 56
  %76 = load double, ptr %75, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %76, ptr %74, ptr null)
  %77 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %22)
  %78 = load ptr, ptr %77, align 8
  %79 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %26)
  %80 = load ptr, ptr %79, align 8
  %81 = getelementptr inbounds nuw i8, ptr %29, i64 64
  %82 = load double, ptr %81, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %82, ptr null, i64 2, ptr %78, ptr %80)
  %83 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %32)
  %84 = load ptr, ptr %83, align 8
  %85 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %36)
  %86 = load ptr, ptr %85, align 8
  %87 = getelementptr inbounds nuw i8, ptr %29, i64 72
  %88 = load double, ptr %87, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %88, ptr null, i64 2, ptr %84, ptr %86)
  %89 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %90 = load ptr, ptr %89, align 8
  %91 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %92 = load ptr, ptr %91, align 8
  %93 = getelementptr inbounds nuw i8, ptr %29, i64 80
  %94 = load double, ptr %93, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %94, ptr null, i64 2, ptr %90, ptr %92)
  %95 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %96 = load ptr, ptr %95, align 8
  %97 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %98 = load ptr, ptr %97, align 8
  %99 = getelementptr inbounds nuw i8, ptr %29, i64 88
  %100 = load double, ptr %99, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %100, ptr null, i64 2, ptr %96, ptr %98)
  %101 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %102 = load ptr, ptr %101, align 8
  %103 = getelementptr inbounds nuw i8, ptr %29, i64 96
  %104 = load double, ptr %103, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %104, ptr %102, ptr null)
  %105 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %106 = load ptr, ptr %105, align 8
  %107 = getelementptr inbounds nuw i8, ptr %29, i64 104
  %108 = load double, ptr %107, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %108, ptr %106, ptr null)
  %109 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %110 = load ptr, ptr %109, align 8
  %111 = getelementptr inbounds nuw i8, ptr %29, i64 112
  %112 = load double, ptr %111, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %112, ptr %110, ptr null)
  %113 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %114 = load ptr, ptr %113, align 8
  %115 = getelementptr inbounds nuw i8, ptr %29, i64 120
  %116 = load double, ptr %115, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %116, ptr %114, ptr null)
  %117 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %22)
  %118 = load ptr, ptr %117, align 8
  %119 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %26)
  %120 = load ptr, ptr %119, align 8
  %121 = getelementptr inbounds nuw i8, ptr %29, i64 128
  %122 = load double, ptr %121, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %122, ptr null, i64 2, ptr %118, ptr %120)
  %123 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %32)
  %124 = load ptr, ptr %123, align 8
  %125 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %36)
  %126 = load ptr, ptr %125, align 8
  %127 = getelementptr inbounds nuw i8, ptr %29, i64 136
  %128 = load double, ptr %127, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %128, ptr null, i64 2, ptr %124, ptr %126)
  %129 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %130 = load ptr, ptr %129, align 8
  %131 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %132 = load ptr, ptr %131, align 8
  %133 = getelementptr inbounds nuw i8, ptr %29, i64 144
  %134 = load double, ptr %133, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %134, ptr null, i64 2, ptr %130, ptr %132)
  %135 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %136 = load ptr, ptr %135, align 8
  %137 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %138 = load ptr, ptr %137, align 8
  %139 = getelementptr inbounds nuw i8, ptr %29, i64 152
  %140 = load double, ptr %139, align 8, !tbaa !4
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %140, ptr null, i64 2, ptr %136, ptr %138)
  %141 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %142 = load ptr, ptr %141, align 8
  %143 = getelementptr inbounds nuw i8, ptr %29, i64 160
  %144 = load double, ptr %143, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %144, ptr %142, ptr null)
  %145 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %146 = load ptr, ptr %145, align 8
  %147 = getelementptr inbounds nuw i8, ptr %29, i64 168
  %148 = load double, ptr %147, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %148, ptr %146, ptr null)
  %149 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %150 = load ptr, ptr %149, align 8
  %151 = getelementptr inbounds nuw i8, ptr %29, i64 176
  %152 = load double, ptr %151, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %152, ptr %150, ptr null)
  %153 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %154 = load ptr, ptr %153, align 8
  %155 = getelementptr inbounds nuw i8, ptr %29, i64 184
  %156 = load double, ptr %155, align 8, !tbaa !4
  tail call void @__catalyst__qis__RX(double %156, ptr %154, ptr null)
  %157 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %22)
  %158 = load ptr, ptr %157, align 8
  %159 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %158)
  %160 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %26)
  %161 = load ptr, ptr %160, align 8
  %162 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %161)
  %163 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %159, i64 %162)
  %164 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %32)
  %165 = load ptr, ptr %164, align 8
  %166 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %165)
  %167 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %36)
  %168 = load ptr, ptr %167, align 8
  %169 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %168)
  %170 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %166, i64 %169)
  %171 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %172 = load ptr, ptr %171, align 8
  %173 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %172)
  %174 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %175 = load ptr, ptr %174, align 8
  %176 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %175)
  %177 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %173, i64 %176)
  %178 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %179 = load ptr, ptr %178, align 8
  %180 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %179)
  %181 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %182 = load ptr, ptr %181, align 8
  %183 = tail call i64 @__catalyst__qis__NamedObs(i64 3, ptr %182)
  %184 = tail call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %180, i64 %183)
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
  %185 = call i64 (ptr, i64, ...) @__catalyst__qis__HamiltonianObs(ptr nonnull %6, i64 4, i64 %163, i64 %170, i64 %177, i64 %184)
  %186 = call double @__catalyst__qis__Expval(i64 %185)
  %187 = call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %188 = ptrtoint ptr %187 to i64
  %189 = add i64 %188, 63
  %190 = and i64 %189, -64
  %191 = inttoptr i64 %190 to ptr
  store double %186, ptr %191, align 64, !tbaa !4
  call void @__catalyst__rt__qubit_release_array(ptr %13)
  call void @__catalyst__rt__device_release()
  %192 = load double, ptr %191, align 64, !tbaa !4
  %193 = extractvalue { ptr, ptr, i64 } %11, 1
  store double %192, ptr %193, align 8, !tbaa !4
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
  %36 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %37 = load double, ptr %36, align 8, !tbaa !4
  %38 = fmul double %35, %37
  %39 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %40 = load double, ptr %39, align 8, !tbaa !4
  %41 = fmul double %35, %40
  %42 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %43 = load double, ptr %42, align 8, !tbaa !4
  %44 = fmul double %35, %43
  %45 = load double, ptr %8, align 8, !tbaa !4
  %46 = fmul double %35, %45
  %47 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %48 = load double, ptr %47, align 8, !tbaa !4
  %49 = fmul double %48, 2.000000e+00
  %50 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %51 = load double, ptr %50, align 8, !tbaa !4
  %52 = fmul double %51, 2.000000e+00
  %53 = fmul double %37, %52
  %54 = fmul double %40, %52
  %55 = fmul double %43, %52
  %56 = fmul double %45, %52
  %57 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %58 = load double, ptr %57, align 8, !tbaa !4
  %59 = fmul double %58, 2.000000e+00
  %60 = load double, ptr %1, align 8, !tbaa !4
  %61 = fmul double %60, 2.000000e+00
  %62 = fmul double %37, %61
  %63 = fmul double %40, %61
  %64 = fmul double %43, %61
  %65 = fmul double %45, %61
  store double %65, ptr %29, align 8, !tbaa !4
  %66 = getelementptr inbounds nuw i8, ptr %29, i64 8
  store double %64, ptr %66, align 8, !tbaa !4
  %67 = getelementptr inbounds nuw i8, ptr %29, i64 16
  store double %63, ptr %67, align 8, !tbaa !4
  %68 = getelementptr inbounds nuw i8, ptr %29, i64 24
  store double %62, ptr %68, align 8, !tbaa !4
  %69 = getelementptr inbounds nuw i8, ptr %29, i64 32
  store double %59, ptr %69, align 8, !tbaa !4
  %70 = getelementptr inbounds nuw i8, ptr %29, i64 40
  store double %59, ptr %70, align 8, !tbaa !4
  %71 = getelementptr inbounds nuw i8, ptr %29, i64 48
  store double %59, ptr %71, align 8, !tbaa !4
  %72 = getelementptr inbounds nuw i8, ptr %29, i64 56
  store double %59, ptr %72, align 8, !tbaa !4
  %73 = getelementptr inbounds nuw i8, ptr %29, i64 64
  store double %56, ptr %73, align 8, !tbaa !4
  %74 = getelementptr inbounds nuw i8, ptr %29, i64 72
  store double %55, ptr %74, align 8, !tbaa !4
  %75 = getelementptr inbounds nuw i8, ptr %29, i64 80
  store double %54, ptr %75, align 8, !tbaa !4
  %76 = getelementptr inbounds nuw i8, ptr %29, i64 88
  store double %53, ptr %76, align 8, !tbaa !4
  %77 = getelementptr inbounds nuw i8, ptr %29, i64 96
  store double %49, ptr %77, align 8, !tbaa !4
  %78 = getelementptr inbounds nuw i8, ptr %29, i64 104
  store double %49, ptr %78, align 8, !tbaa !4
  %79 = getelementptr inbounds nuw i8, ptr %29, i64 112
  store double %49, ptr %79, align 8, !tbaa !4
  %80 = getelementptr inbounds nuw i8, ptr %29, i64 120
  store double %49, ptr %80, align 8, !tbaa !4
  %81 = getelementptr inbounds nuw i8, ptr %29, i64 128
  store double %46, ptr %81, align 8, !tbaa !4
  %82 = getelementptr inbounds nuw i8, ptr %29, i64 136
  store double %44, ptr %82, align 8, !tbaa !4
  %83 = getelementptr inbounds nuw i8, ptr %29, i64 144
  store double %41, ptr %83, align 8, !tbaa !4
  %84 = getelementptr inbounds nuw i8, ptr %29, i64 152
  store double %38, ptr %84, align 8, !tbaa !4
  %85 = getelementptr inbounds nuw i8, ptr %29, i64 160
  store double %32, ptr %85, align 8, !tbaa !4
  %86 = getelementptr inbounds nuw i8, ptr %29, i64 168
  store double %32, ptr %86, align 8, !tbaa !4
  %87 = getelementptr inbounds nuw i8, ptr %29, i64 176
  store double %32, ptr %87, align 8, !tbaa !4
  %88 = getelementptr inbounds nuw i8, ptr %29, i64 184
  store double %32, ptr %88, align 8, !tbaa !4
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
  %.fca.1.gep27 = getelementptr inbounds nuw i8, ptr %27, i64 8
  store ptr %8, ptr %.fca.1.gep27, align 8
  %.fca.2.gep29 = getelementptr inbounds nuw i8, ptr %27, i64 16
  store i64 %9, ptr %.fca.2.gep29, align 8
  %.fca.3.0.gep31 = getelementptr inbounds nuw i8, ptr %27, i64 24
  store i64 %10, ptr %.fca.3.0.gep31, align 8
  %.fca.4.0.gep33 = getelementptr inbounds nuw i8, ptr %27, i64 32
  store i64 %11, ptr %.fca.4.0.gep33, align 8
  store ptr %12, ptr %26, align 8
  %.fca.1.gep37 = getelementptr inbounds nuw i8, ptr %26, i64 8
  store ptr %13, ptr %.fca.1.gep37, align 8
  %.fca.2.gep39 = getelementptr inbounds nuw i8, ptr %26, i64 16
  store i64 %14, ptr %.fca.2.gep39, align 8
  %.fca.3.0.gep41 = getelementptr inbounds nuw i8, ptr %26, i64 24
  store i64 %15, ptr %.fca.3.0.gep41, align 8
  %.fca.3.1.gep43 = getelementptr inbounds nuw i8, ptr %26, i64 32
  store i64 %16, ptr %.fca.3.1.gep43, align 8
  %.fca.4.0.gep45 = getelementptr inbounds nuw i8, ptr %26, i64 40
  store i64 %17, ptr %.fca.4.0.gep45, align 8
  %.fca.4.1.gep47 = getelementptr inbounds nuw i8, ptr %26, i64 48
  store i64 %18, ptr %.fca.4.1.gep47, align 8
  store ptr %29, ptr %25, align 8
  %.fca.1.gep51 = getelementptr inbounds nuw i8, ptr %25, i64 8
  store ptr %29, ptr %.fca.1.gep51, align 8
  %.fca.2.gep53 = getelementptr inbounds nuw i8, ptr %25, i64 16
  store i64 0, ptr %.fca.2.gep53, align 8
  %.fca.3.0.gep55 = getelementptr inbounds nuw i8, ptr %25, i64 24
  store i64 %19, ptr %.fca.3.0.gep55, align 8
  %.fca.4.0.gep57 = getelementptr inbounds nuw i8, ptr %25, i64 32
  store i64 1, ptr %.fca.4.0.gep57, align 8
  %89 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 8)
  store ptr %89, ptr %24, align 8
  %.fca.1.gep61 = getelementptr inbounds nuw i8, ptr %24, i64 8
  store ptr %89, ptr %.fca.1.gep61, align 8
  %.fca.2.gep63 = getelementptr inbounds nuw i8, ptr %24, i64 16
  store i64 0, ptr %.fca.2.gep63, align 8
  call void @energy_0.quantum(ptr nonnull %28, ptr nonnull %27, ptr nonnull %26, ptr nonnull %25, ptr nonnull %24)
  %90 = load double, ptr %89, align 8, !tbaa !4
  store double %90, ptr %21, align 8, !tbaa !4
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
