; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}" = internal constant [54 x i8] c"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}\00"
@LightningSimulator = internal constant [19 x i8] c"LightningSimulator\00"
@"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so" = internal constant [97 x i8] c"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so\00"

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

declare void @_mlir_memref_to_llvm_free(ptr) local_unnamed_addr #0

declare !enzyme_deallocator_fn !1 ptr @_mlir_memref_to_llvm_alloc(i64) local_unnamed_addr #1

declare void @__catalyst__qis__Gradient(i64, ...) local_unnamed_addr

declare void @__catalyst__rt__toggle_recorder(i1) local_unnamed_addr

define { ptr, ptr, i64, [2 x i64], [2 x i64] } @jit_seg(ptr readnone captures(none) %0, ptr readonly captures(none) %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, ptr readnone captures(none) %19, ptr readonly captures(none) %20, i64 %21) local_unnamed_addr {
  %"'ipa4.i" = alloca { ptr, ptr, i64 }, align 8
  %23 = alloca { ptr, ptr, i64 }, align 8
  %"'ipa3.i" = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %24 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %25 = alloca { ptr, ptr, i64, [2 x i64], [2 x i64] }, align 8
  %26 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %27 = alloca { ptr, ptr, i64, [2 x i64], [2 x i64] }, align 8
  %28 = load i64, ptr %20, align 4, !tbaa !2
  %29 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %30 = ptrtoint ptr %29 to i64
  %31 = add i64 %30, 63
  %32 = and i64 %31, -64
  %33 = inttoptr i64 %32 to ptr
  %34 = shl i64 %3, 3
  %35 = mul i64 %34, %4
  %36 = getelementptr inbounds double, ptr %1, i64 %2
  tail call void @llvm.memcpy.p0.p0.i64(ptr align 64 %33, ptr align 1 %36, i64 %35, i1 false)
  %37 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %37, ptr noundef nonnull align 64 dereferenceable(48) %33, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr %29)
  %38 = icmp sgt i64 %28, 0
  %39 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %40 = ptrtoint ptr %39 to i64
  %41 = add i64 %40, 63
  %42 = and i64 %41, -64
  %43 = inttoptr i64 %42 to ptr
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 64 dereferenceable(48) %43, ptr noundef nonnull align 1 dereferenceable(48) %37, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %37)
  %44 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %44, ptr noundef nonnull align 64 dereferenceable(48) %43, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr %39)
  br i1 %38, label %.lr.ph.preheader, label %._crit_edge

.lr.ph.preheader:                                 ; preds = %22
  %.fca.1.gep69.i = getelementptr inbounds nuw i8, ptr %"'ipa4.i", i64 8
  %.fca.2.gep70.i = getelementptr inbounds nuw i8, ptr %"'ipa4.i", i64 16
  %.fca.1.gep64.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 8
  %.fca.2.gep65.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 16
  %.fca.3.0.gep66.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 24
  %.fca.4.0.gep67.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 32
  %45 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %46 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %47 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %.fca.1.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 8
  %.fca.2.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 16
  %.fca.3.0.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 24
  %.fca.3.1.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 32
  %.fca.4.0.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 40
  %.fca.4.1.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 48
  %.fca.1.gep27.i = getelementptr inbounds nuw i8, ptr %26, i64 8
  %.fca.2.gep29.i = getelementptr inbounds nuw i8, ptr %26, i64 16
  %.fca.3.0.gep31.i = getelementptr inbounds nuw i8, ptr %26, i64 24
  %.fca.4.0.gep33.i = getelementptr inbounds nuw i8, ptr %26, i64 32
  %.fca.1.gep37.i = getelementptr inbounds nuw i8, ptr %25, i64 8
  %.fca.2.gep39.i = getelementptr inbounds nuw i8, ptr %25, i64 16
  %.fca.3.0.gep41.i = getelementptr inbounds nuw i8, ptr %25, i64 24
  %.fca.3.1.gep43.i = getelementptr inbounds nuw i8, ptr %25, i64 32
  %.fca.4.0.gep45.i = getelementptr inbounds nuw i8, ptr %25, i64 40
  %.fca.4.1.gep47.i = getelementptr inbounds nuw i8, ptr %25, i64 48
  %.fca.1.gep51.i = getelementptr inbounds nuw i8, ptr %24, i64 8
  %.fca.2.gep53.i = getelementptr inbounds nuw i8, ptr %24, i64 16
  %.fca.3.0.gep55.i = getelementptr inbounds nuw i8, ptr %24, i64 24
  %.fca.4.0.gep57.i = getelementptr inbounds nuw i8, ptr %24, i64 32
  %.fca.1.gep61.i = getelementptr inbounds nuw i8, ptr %23, i64 8
  %.fca.2.gep63.i = getelementptr inbounds nuw i8, ptr %23, i64 16
  br label %.lr.ph

.lr.ph:                                           ; preds = %.lr.ph.preheader, %.lr.ph
  %48 = phi ptr [ %232, %.lr.ph ], [ %44, %.lr.ph.preheader ]
  %49 = phi i64 [ %225, %.lr.ph ], [ 0, %.lr.ph.preheader ]
  %50 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %51 = ptrtoint ptr %50 to i64
  %52 = add i64 %51, 63
  %53 = and i64 %52, -64
  %54 = inttoptr i64 %53 to ptr
  store double 1.000000e+00, ptr %54, align 64, !tbaa !5
  %55 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  %56 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 8)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %55, i8 0, i64 48, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %"'ipa4.i")
  call void @llvm.lifetime.start.p0(ptr nonnull %23)
  call void @llvm.lifetime.start.p0(ptr nonnull %"'ipa3.i")
  call void @llvm.lifetime.start.p0(ptr nonnull %24)
  call void @llvm.lifetime.start.p0(ptr nonnull %25)
  call void @llvm.lifetime.start.p0(ptr nonnull %26)
  call void @llvm.lifetime.start.p0(ptr nonnull %27)
  %"'mi.i" = tail call noalias nonnull ptr @_mlir_memref_to_llvm_alloc(i64 192) #8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(192) %"'mi.i", i8 0, i64 192, i1 false)
  %57 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 192) #8
  %"'ipg56.i" = getelementptr inbounds nuw i8, ptr %55, i64 40
  %58 = getelementptr inbounds nuw i8, ptr %48, i64 40
  %59 = load double, ptr %58, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %60 = fmul double %59, 2.000000e+00
  %"'ipg54.i" = getelementptr inbounds nuw i8, ptr %55, i64 16
  %61 = getelementptr inbounds nuw i8, ptr %48, i64 16
  %62 = load double, ptr %61, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %63 = fmul double %62, 2.000000e+00
  %64 = load double, ptr %45, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %65 = fmul double %63, %64
  %66 = load double, ptr %46, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %67 = fmul double %63, %66
  %68 = load double, ptr %47, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %69 = fmul double %63, %68
  %70 = load double, ptr %8, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %71 = fmul double %63, %70
  %"'ipg51.i" = getelementptr inbounds nuw i8, ptr %55, i64 32
  %72 = getelementptr inbounds nuw i8, ptr %48, i64 32
  %73 = load double, ptr %72, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %74 = fmul double %73, 2.000000e+00
  %"'ipg49.i" = getelementptr inbounds nuw i8, ptr %55, i64 8
  %75 = getelementptr inbounds nuw i8, ptr %48, i64 8
  %76 = load double, ptr %75, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %77 = fmul double %76, 2.000000e+00
  %78 = fmul double %64, %77
  %79 = fmul double %66, %77
  %80 = fmul double %68, %77
  %81 = fmul double %70, %77
  %"'ipg46.i" = getelementptr inbounds nuw i8, ptr %55, i64 24
  %82 = getelementptr inbounds nuw i8, ptr %48, i64 24
  %83 = load double, ptr %82, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %84 = fmul double %83, 2.000000e+00
  %85 = load double, ptr %48, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %86 = fmul double %85, 2.000000e+00
  %87 = fmul double %64, %86
  %88 = fmul double %66, %86
  %89 = fmul double %68, %86
  %90 = fmul double %70, %86
  store double %90, ptr %57, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg40.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 8
  %91 = getelementptr inbounds nuw i8, ptr %57, i64 8
  store double %89, ptr %91, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg38.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 16
  %92 = getelementptr inbounds nuw i8, ptr %57, i64 16
  store double %88, ptr %92, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg36.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 24
  %93 = getelementptr inbounds nuw i8, ptr %57, i64 24
  store double %87, ptr %93, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg35.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 32
  %94 = getelementptr inbounds nuw i8, ptr %57, i64 32
  store double %84, ptr %94, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg34.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 40
  %95 = getelementptr inbounds nuw i8, ptr %57, i64 40
  store double %84, ptr %95, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg33.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 48
  %96 = getelementptr inbounds nuw i8, ptr %57, i64 48
  store double %84, ptr %96, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg31.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 56
  %97 = getelementptr inbounds nuw i8, ptr %57, i64 56
  store double %84, ptr %97, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg29.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 64
  %98 = getelementptr inbounds nuw i8, ptr %57, i64 64
  store double %81, ptr %98, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg27.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 72
  %99 = getelementptr inbounds nuw i8, ptr %57, i64 72
  store double %80, ptr %99, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg25.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 80
  %100 = getelementptr inbounds nuw i8, ptr %57, i64 80
  store double %79, ptr %100, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg23.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 88
  %101 = getelementptr inbounds nuw i8, ptr %57, i64 88
  store double %78, ptr %101, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg22.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 96
  %102 = getelementptr inbounds nuw i8, ptr %57, i64 96
  store double %74, ptr %102, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg21.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 104
  %103 = getelementptr inbounds nuw i8, ptr %57, i64 104
  store double %74, ptr %103, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg20.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 112
  %104 = getelementptr inbounds nuw i8, ptr %57, i64 112
  store double %74, ptr %104, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg18.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 120
  %105 = getelementptr inbounds nuw i8, ptr %57, i64 120
  store double %74, ptr %105, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg16.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 128
  %106 = getelementptr inbounds nuw i8, ptr %57, i64 128
  store double %71, ptr %106, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg14.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 136
  %107 = getelementptr inbounds nuw i8, ptr %57, i64 136
  store double %69, ptr %107, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg12.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 144
  %108 = getelementptr inbounds nuw i8, ptr %57, i64 144
  store double %67, ptr %108, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg10.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 152
  %109 = getelementptr inbounds nuw i8, ptr %57, i64 152
  store double %65, ptr %109, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg9.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 160
  %110 = getelementptr inbounds nuw i8, ptr %57, i64 160
  store double %60, ptr %110, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg8.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 168
  %111 = getelementptr inbounds nuw i8, ptr %57, i64 168
  store double %60, ptr %111, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg7.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 176
  %112 = getelementptr inbounds nuw i8, ptr %57, i64 176
  store double %60, ptr %112, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 184
  %113 = getelementptr inbounds nuw i8, ptr %57, i64 184
  store double %60, ptr %113, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  store ptr %48, ptr %27, align 8, !alias.scope !22, !noalias !25
  store ptr %48, ptr %.fca.1.gep.i, align 8, !alias.scope !22, !noalias !25
  store i64 0, ptr %.fca.2.gep.i, align 8, !alias.scope !22, !noalias !25
  store i64 2, ptr %.fca.3.0.gep.i, align 8, !alias.scope !22, !noalias !25
  store i64 3, ptr %.fca.3.1.gep.i, align 8, !alias.scope !22, !noalias !25
  store i64 3, ptr %.fca.4.0.gep.i, align 8, !alias.scope !22, !noalias !25
  store i64 1, ptr %.fca.4.1.gep.i, align 8, !alias.scope !22, !noalias !25
  store ptr %7, ptr %26, align 8
  store ptr %8, ptr %.fca.1.gep27.i, align 8
  store i64 %9, ptr %.fca.2.gep29.i, align 8
  store i64 %10, ptr %.fca.3.0.gep31.i, align 8
  store i64 %11, ptr %.fca.4.0.gep33.i, align 8
  store ptr %12, ptr %25, align 8
  store ptr %13, ptr %.fca.1.gep37.i, align 8
  store i64 %14, ptr %.fca.2.gep39.i, align 8
  store i64 %15, ptr %.fca.3.0.gep41.i, align 8
  store i64 %16, ptr %.fca.3.1.gep43.i, align 8
  store i64 %17, ptr %.fca.4.0.gep45.i, align 8
  store i64 %18, ptr %.fca.4.1.gep47.i, align 8
  store ptr %"'mi.i", ptr %"'ipa3.i", align 8, !alias.scope !27, !noalias !30
  store ptr %57, ptr %24, align 8, !alias.scope !30, !noalias !27
  store ptr %"'mi.i", ptr %.fca.1.gep64.i, align 8, !alias.scope !27, !noalias !30
  store ptr %57, ptr %.fca.1.gep51.i, align 8, !alias.scope !30, !noalias !27
  store i64 0, ptr %.fca.2.gep65.i, align 8, !alias.scope !27, !noalias !30
  store i64 0, ptr %.fca.2.gep53.i, align 8, !alias.scope !30, !noalias !27
  store i64 24, ptr %.fca.3.0.gep66.i, align 8, !alias.scope !27, !noalias !30
  store i64 24, ptr %.fca.3.0.gep55.i, align 8, !alias.scope !30, !noalias !27
  store i64 1, ptr %.fca.4.0.gep67.i, align 8, !alias.scope !27, !noalias !30
  store i64 1, ptr %.fca.4.0.gep57.i, align 8, !alias.scope !30, !noalias !27
  %"'mi5.i" = tail call noalias nonnull ptr @_mlir_memref_to_llvm_alloc(i64 8) #8
  store i64 0, ptr %"'mi5.i", align 1
  %114 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 8) #8
  store ptr %"'mi5.i", ptr %"'ipa4.i", align 8, !alias.scope !32, !noalias !35
  store ptr %114, ptr %23, align 8, !alias.scope !35, !noalias !32
  store ptr %"'mi5.i", ptr %.fca.1.gep69.i, align 8, !alias.scope !32, !noalias !35
  store ptr %114, ptr %.fca.1.gep61.i, align 8, !alias.scope !35, !noalias !32
  store i64 0, ptr %.fca.2.gep70.i, align 8, !alias.scope !32, !noalias !35
  store i64 0, ptr %.fca.2.gep63.i, align 8, !alias.scope !35, !noalias !32
  call void @energy_0.quantum(ptr nonnull readonly %27, ptr nonnull readonly %26, ptr nonnull readonly %25, ptr nonnull readonly %24, ptr nonnull readonly %23)
  %115 = load double, ptr %114, align 8, !tbaa !5, !alias.scope !37, !noalias !40
  store double %115, ptr %56, align 8, !tbaa !5, !alias.scope !42, !noalias !45
  %116 = load double, ptr %54, align 64, !tbaa !5, !alias.scope !45, !noalias !42
  store double 0.000000e+00, ptr %54, align 64, !tbaa !5, !alias.scope !45, !noalias !42
  %117 = load double, ptr %"'mi5.i", align 8, !tbaa !5, !alias.scope !40, !noalias !37
  %118 = fadd fast double %117, %116
  store double %118, ptr %"'mi5.i", align 8, !tbaa !5, !alias.scope !40, !noalias !37
  call void @energy_0.quantum.customqgrad(ptr nonnull readonly %27, ptr nonnull readnone poison, ptr nonnull readonly %26, ptr nonnull readonly poison, ptr nonnull readonly %25, ptr nonnull readonly poison, ptr nonnull readnone poison, ptr nonnull readonly %"'ipa3.i", ptr nonnull readnone poison, ptr nonnull readonly %"'ipa4.i", ptr poison)
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %"'mi5.i")
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %114)
  %119 = load double, ptr %"'ipg.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %120 = load double, ptr %"'ipg7.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg7.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %121 = fadd fast double %120, %119
  %122 = load double, ptr %"'ipg8.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg8.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %123 = fadd fast double %121, %122
  %124 = load double, ptr %"'ipg9.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg9.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %125 = fadd fast double %123, %124
  %126 = load double, ptr %"'ipg10.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg10.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %127 = load double, ptr %"'ipg12.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg12.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %128 = load double, ptr %"'ipg14.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg14.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %129 = load double, ptr %"'ipg16.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg16.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %130 = load double, ptr %"'ipg18.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg18.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %131 = load double, ptr %"'ipg20.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg20.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %132 = fadd fast double %131, %130
  %133 = load double, ptr %"'ipg21.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg21.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %134 = fadd fast double %132, %133
  %135 = load double, ptr %"'ipg22.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg22.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %136 = fadd fast double %134, %135
  %137 = load double, ptr %"'ipg23.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg23.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %138 = load double, ptr %"'ipg25.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg25.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %139 = load double, ptr %"'ipg27.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg27.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %140 = load double, ptr %"'ipg29.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg29.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %141 = load double, ptr %"'ipg31.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg31.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %142 = load double, ptr %"'ipg33.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg33.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %143 = fadd fast double %142, %141
  %144 = load double, ptr %"'ipg34.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg34.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %145 = fadd fast double %143, %144
  %146 = load double, ptr %"'ipg35.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg35.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %147 = fadd fast double %145, %146
  %148 = load double, ptr %"'ipg36.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg36.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %149 = load double, ptr %"'ipg38.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg38.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %150 = load double, ptr %"'ipg40.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg40.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %151 = load double, ptr %"'mi.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'mi.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %152 = fmul fast double %151, %70
  %153 = fmul fast double %150, %68
  %154 = fmul fast double %149, %66
  %155 = fmul fast double %148, %64
  %156 = fadd fast double %154, %155
  %157 = fadd fast double %156, %153
  %158 = fadd fast double %157, %152
  %159 = fmul fast double %158, 2.000000e+00
  %160 = load double, ptr %55, align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %161 = fadd fast double %159, %160
  store double %161, ptr %55, align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %162 = fmul fast double %147, 2.000000e+00
  %163 = load double, ptr %"'ipg46.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %164 = fadd fast double %163, %162
  store double %164, ptr %"'ipg46.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %165 = fmul fast double %140, %70
  %166 = fmul fast double %139, %68
  %167 = fmul fast double %138, %66
  %168 = fmul fast double %137, %64
  %169 = fadd fast double %167, %168
  %170 = fadd fast double %169, %166
  %171 = fadd fast double %170, %165
  %172 = fmul fast double %171, 2.000000e+00
  %173 = load double, ptr %"'ipg49.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %174 = fadd fast double %173, %172
  store double %174, ptr %"'ipg49.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %175 = fmul fast double %136, 2.000000e+00
  %176 = load double, ptr %"'ipg51.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %177 = fadd fast double %176, %175
  store double %177, ptr %"'ipg51.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %178 = fmul fast double %129, %70
  %179 = fmul fast double %128, %68
  %180 = fmul fast double %127, %66
  %181 = fmul fast double %126, %64
  %182 = fadd fast double %180, %181
  %183 = fadd fast double %182, %179
  %184 = fadd fast double %183, %178
  %185 = fmul fast double %184, 2.000000e+00
  %186 = load double, ptr %"'ipg54.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %187 = fadd fast double %186, %185
  store double %187, ptr %"'ipg54.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %188 = fmul fast double %125, 2.000000e+00
  %189 = load double, ptr %"'ipg56.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %190 = fadd fast double %189, %188
  store double %190, ptr %"'ipg56.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %"'mi.i")
  tail call void @_mlir_memref_to_llvm_free(ptr %57)
  call void @llvm.lifetime.end.p0(ptr nonnull %"'ipa4.i")
  call void @llvm.lifetime.end.p0(ptr nonnull %23)
  call void @llvm.lifetime.end.p0(ptr nonnull %"'ipa3.i")
  call void @llvm.lifetime.end.p0(ptr nonnull %24)
  call void @llvm.lifetime.end.p0(ptr nonnull %25)
  call void @llvm.lifetime.end.p0(ptr nonnull %26)
  call void @llvm.lifetime.end.p0(ptr nonnull %27)
  tail call void @_mlir_memref_to_llvm_free(ptr %50)
  %191 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %192 = ptrtoint ptr %191 to i64
  %193 = add i64 %192, 63
  %194 = and i64 %193, -64
  %195 = inttoptr i64 %194 to ptr
  store double 5.000000e-02, ptr %195, align 64, !tbaa !5
  %196 = getelementptr i8, ptr %195, i64 8
  store double 5.000000e-02, ptr %196, align 8, !tbaa !5
  %197 = getelementptr i8, ptr %195, i64 16
  store double 5.000000e-02, ptr %197, align 16, !tbaa !5
  %198 = getelementptr i8, ptr %195, i64 24
  store double 5.000000e-02, ptr %198, align 8, !tbaa !5
  %199 = getelementptr i8, ptr %195, i64 32
  store double 5.000000e-02, ptr %199, align 32, !tbaa !5
  %200 = getelementptr i8, ptr %195, i64 40
  store double 5.000000e-02, ptr %200, align 8, !tbaa !5
  %201 = load double, ptr %55, align 8, !tbaa !5
  %202 = fmul double %201, 5.000000e-02
  store double %202, ptr %195, align 64, !tbaa !5
  %203 = load double, ptr %"'ipg49.i", align 8, !tbaa !5
  %204 = fmul double %203, 5.000000e-02
  store double %204, ptr %196, align 8, !tbaa !5
  %205 = load double, ptr %"'ipg54.i", align 8, !tbaa !5
  %206 = fmul double %205, 5.000000e-02
  store double %206, ptr %197, align 16, !tbaa !5
  %207 = load double, ptr %"'ipg46.i", align 8, !tbaa !5
  %208 = fmul double %207, 5.000000e-02
  store double %208, ptr %198, align 8, !tbaa !5
  %209 = load double, ptr %"'ipg51.i", align 8, !tbaa !5
  %210 = fmul double %209, 5.000000e-02
  store double %210, ptr %199, align 32, !tbaa !5
  %211 = load double, ptr %"'ipg56.i", align 8, !tbaa !5
  %212 = fmul double %211, 5.000000e-02
  store double %212, ptr %200, align 8, !tbaa !5
  %213 = load double, ptr %48, align 8, !tbaa !5
  %214 = fsub double %213, %202
  store double %214, ptr %195, align 64, !tbaa !5
  %215 = load double, ptr %75, align 8, !tbaa !5
  %216 = fsub double %215, %204
  store double %216, ptr %196, align 8, !tbaa !5
  %217 = load double, ptr %61, align 8, !tbaa !5
  %218 = fsub double %217, %206
  store double %218, ptr %197, align 16, !tbaa !5
  %219 = load double, ptr %82, align 8, !tbaa !5
  %220 = fsub double %219, %208
  store double %220, ptr %198, align 8, !tbaa !5
  %221 = load double, ptr %72, align 8, !tbaa !5
  %222 = fsub double %221, %210
  store double %222, ptr %199, align 32, !tbaa !5
  %223 = load double, ptr %58, align 8, !tbaa !5
  %224 = fsub double %223, %212
  store double %224, ptr %200, align 8, !tbaa !5
  %225 = add nuw nsw i64 %49, 1
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %48)
  %226 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %226, ptr noundef nonnull align 64 dereferenceable(48) %195, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr %191)
  %227 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %228 = ptrtoint ptr %227 to i64
  %229 = add i64 %228, 63
  %230 = and i64 %229, -64
  %231 = inttoptr i64 %230 to ptr
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 64 dereferenceable(48) %231, ptr noundef nonnull align 1 dereferenceable(48) %226, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %226)
  %232 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %232, ptr noundef nonnull align 64 dereferenceable(48) %231, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr %227)
  %exitcond.not = icmp eq i64 %225, %28
  br i1 %exitcond.not, label %._crit_edge, label %.lr.ph

._crit_edge:                                      ; preds = %.lr.ph, %22
  %.lcssa = phi ptr [ %44, %22 ], [ %232, %.lr.ph ]
  %233 = icmp eq ptr %.lcssa, inttoptr (i64 3735928559 to ptr)
  br i1 %233, label %234, label %236

234:                                              ; preds = %._crit_edge
  %235 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %235, ptr noundef nonnull align 1 dereferenceable(48) inttoptr (i64 3735928559 to ptr), i64 48, i1 false)
  br label %236

236:                                              ; preds = %234, %._crit_edge
  %.pn27 = phi ptr [ %235, %234 ], [ %.lcssa, %._crit_edge ]
  %.pn26 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %.pn27, 0
  %.pn24 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn26, ptr %.pn27, 1
  %.pn22 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn24, i64 0, 2
  %.pn20 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn22, i64 2, 3, 0
  %.pn18 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn20, i64 3, 3, 1
  %.pn = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn18, i64 3, 4, 0
  %237 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn, i64 1, 4, 1
  ret { ptr, ptr, i64, [2 x i64], [2 x i64] } %237
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
  %22 = load double, ptr %21, align 8, !tbaa !5
  %23 = fmul double %22, 2.000000e+00
  %24 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %25 = load double, ptr %24, align 8, !tbaa !5
  %26 = fmul double %25, 2.000000e+00
  %27 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %28 = load double, ptr %27, align 8, !tbaa !5
  %29 = fmul double %26, %28
  %30 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %31 = load double, ptr %30, align 8, !tbaa !5
  %32 = fmul double %26, %31
  %33 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %34 = load double, ptr %33, align 8, !tbaa !5
  %35 = fmul double %26, %34
  %36 = load double, ptr %8, align 8, !tbaa !5
  %37 = fmul double %26, %36
  %38 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %39 = load double, ptr %38, align 8, !tbaa !5
  %40 = fmul double %39, 2.000000e+00
  %41 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %42 = load double, ptr %41, align 8, !tbaa !5
  %43 = fmul double %42, 2.000000e+00
  %44 = fmul double %28, %43
  %45 = fmul double %31, %43
  %46 = fmul double %34, %43
  %47 = fmul double %36, %43
  %48 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %49 = load double, ptr %48, align 8, !tbaa !5
  %50 = fmul double %49, 2.000000e+00
  %51 = load double, ptr %1, align 8, !tbaa !5
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
  %66 = load i64, ptr %13, align 4, !tbaa !2
  %67 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %66)
  %68 = load ptr, ptr %67, align 8
  %69 = getelementptr inbounds nuw i8, ptr %13, i64 8
  %70 = load i64, ptr %69, align 4, !tbaa !2
  %71 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %70)
  %72 = load ptr, ptr %71, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %56, ptr null, i64 2, ptr %68, ptr %72)
  %73 = getelementptr inbounds nuw i8, ptr %13, i64 16
  %74 = load i64, ptr %73, align 4, !tbaa !2
  %75 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %74)
  %76 = load ptr, ptr %75, align 8
  %77 = getelementptr inbounds nuw i8, ptr %13, i64 24
  %78 = load i64, ptr %77, align 4, !tbaa !2
  %79 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %78)
  %80 = load ptr, ptr %79, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %55, ptr null, i64 2, ptr %76, ptr %80)
  %81 = getelementptr inbounds nuw i8, ptr %13, i64 32
  %82 = load i64, ptr %81, align 4, !tbaa !2
  %83 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %82)
  %84 = load ptr, ptr %83, align 8
  %85 = getelementptr inbounds nuw i8, ptr %13, i64 40
  %86 = load i64, ptr %85, align 4, !tbaa !2
  %87 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %86)
  %88 = load ptr, ptr %87, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %54, ptr null, i64 2, ptr %84, ptr %88)
  %89 = getelementptr inbounds nuw i8, ptr %13, i64 48
  %90 = load i64, ptr %89, align 4, !tbaa !2
  %91 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %57, i64 %90)
  %92 = load ptr, ptr %91, align 8
  %93 = getelementptr inbounds nuw i8, ptr %13, i64 56
  %94 = load i64, ptr %93, align 4, !tbaa !2
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
define noundef i64 @energy_0.pcount(ptr readnone captures(none) %0, ptr readnone captures(none) %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr readnone captures(none) %7, ptr readnone captures(none) %8, i64 %9, i64 %10, i64 %11, ptr readnone captures(none) %12, ptr readnone captures(none) %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18) local_unnamed_addr #2 {
  ret i64 24
}

define void @energy_0.quantum.customqgrad(ptr readonly captures(none) %0, ptr readnone captures(none) %1, ptr readonly captures(none) %2, ptr readnone captures(none) %3, ptr readonly captures(none) %4, ptr readnone captures(none) %5, ptr readnone captures(none) %6, ptr readonly captures(none) %7, ptr readnone captures(none) %8, ptr readonly captures(none) %9, ptr readnone captures(none) %10) local_unnamed_addr #3 {
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
  %17 = load double, ptr %.unpack56, align 8, !tbaa !5
  %18 = getelementptr inbounds nuw double, ptr %13, i64 %16
  %19 = load double, ptr %18, align 8, !tbaa !5
  %20 = getelementptr inbounds nuw double, ptr %.unpack45, i64 %16
  %21 = load double, ptr %20, align 8, !tbaa !5
  %22 = fmul double %17, %19
  %23 = fadd double %21, %22
  store double %23, ptr %20, align 8, !tbaa !5
  %24 = add nuw nsw i64 %16, 1
  %exitcond.not = icmp eq i64 %24, %.unpack49.unpack
  br i1 %exitcond.not, label %._crit_edge, label %.lr.ph

._crit_edge:                                      ; preds = %.lr.ph, %11
  ret void
}

; Function Attrs: noinline
define void @energy_0.quantum(ptr readonly captures(none) %0, ptr readonly captures(none) %1, ptr readonly captures(none) %2, ptr readonly captures(none) %3, ptr readonly captures(none) %4) local_unnamed_addr #4 !enzyme_augment !47 !enzyme_gradient !48 {
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
  %22 = load i64, ptr %12, align 4, !tbaa !2
  %23 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %22)
  %24 = load ptr, ptr %23, align 8
  %25 = getelementptr inbounds nuw i8, ptr %12, i64 8
  %26 = load i64, ptr %25, align 4, !tbaa !2
  %27 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %26)
  %28 = load ptr, ptr %27, align 8
  %29 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %30 = load double, ptr %29, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %30, ptr null, i64 2, ptr %24, ptr %28)
  %31 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %32 = load i64, ptr %31, align 4, !tbaa !2
  %33 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %32)
  %34 = load ptr, ptr %33, align 8
  %35 = getelementptr inbounds nuw i8, ptr %12, i64 24
  %36 = load i64, ptr %35, align 4, !tbaa !2
  %37 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %36)
  %38 = load ptr, ptr %37, align 8
  %39 = getelementptr inbounds nuw i8, ptr %29, i64 8
  %40 = load double, ptr %39, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %40, ptr null, i64 2, ptr %34, ptr %38)
  %41 = getelementptr inbounds nuw i8, ptr %12, i64 32
  %42 = load i64, ptr %41, align 4, !tbaa !2
  %43 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %44 = load ptr, ptr %43, align 8
  %45 = getelementptr inbounds nuw i8, ptr %12, i64 40
  %46 = load i64, ptr %45, align 4, !tbaa !2
  %47 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %48 = load ptr, ptr %47, align 8
  %49 = getelementptr inbounds nuw i8, ptr %29, i64 16
  %50 = load double, ptr %49, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %50, ptr null, i64 2, ptr %44, ptr %48)
  %51 = getelementptr inbounds nuw i8, ptr %12, i64 48
  %52 = load i64, ptr %51, align 4, !tbaa !2
  %53 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %54 = load ptr, ptr %53, align 8
  %55 = getelementptr inbounds nuw i8, ptr %12, i64 56
  %56 = load i64, ptr %55, align 4, !tbaa !2
  %57 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %58 = load ptr, ptr %57, align 8
  %59 = getelementptr inbounds nuw i8, ptr %29, i64 24
  %60 = load double, ptr %59, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %60, ptr null, i64 2, ptr %54, ptr %58)
  %61 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %62 = load ptr, ptr %61, align 8
  %63 = getelementptr inbounds nuw i8, ptr %29, i64 32
  %64 = load double, ptr %63, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %64, ptr %62, ptr null)
  %65 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %66 = load ptr, ptr %65, align 8
  %67 = getelementptr inbounds nuw i8, ptr %29, i64 40
  %68 = load double, ptr %67, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %68, ptr %66, ptr null)
  %69 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %70 = load ptr, ptr %69, align 8
  %71 = getelementptr inbounds nuw i8, ptr %29, i64 48
  %72 = load double, ptr %71, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %72, ptr %70, ptr null)
  %73 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %74 = load ptr, ptr %73, align 8
  %75 = getelementptr inbounds nuw i8, ptr %29, i64 56
  %76 = load double, ptr %75, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %76, ptr %74, ptr null)
  %77 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %22)
  %78 = load ptr, ptr %77, align 8
  %79 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %26)
  %80 = load ptr, ptr %79, align 8
  %81 = getelementptr inbounds nuw i8, ptr %29, i64 64
  %82 = load double, ptr %81, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %82, ptr null, i64 2, ptr %78, ptr %80)
  %83 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %32)
  %84 = load ptr, ptr %83, align 8
  %85 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %36)
  %86 = load ptr, ptr %85, align 8
  %87 = getelementptr inbounds nuw i8, ptr %29, i64 72
  %88 = load double, ptr %87, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %88, ptr null, i64 2, ptr %84, ptr %86)
  %89 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %90 = load ptr, ptr %89, align 8
  %91 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %92 = load ptr, ptr %91, align 8
  %93 = getelementptr inbounds nuw i8, ptr %29, i64 80
  %94 = load double, ptr %93, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %94, ptr null, i64 2, ptr %90, ptr %92)
  %95 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %96 = load ptr, ptr %95, align 8
  %97 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %98 = load ptr, ptr %97, align 8
  %99 = getelementptr inbounds nuw i8, ptr %29, i64 88
  %100 = load double, ptr %99, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %100, ptr null, i64 2, ptr %96, ptr %98)
  %101 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %102 = load ptr, ptr %101, align 8
  %103 = getelementptr inbounds nuw i8, ptr %29, i64 96
  %104 = load double, ptr %103, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %104, ptr %102, ptr null)
  %105 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %106 = load ptr, ptr %105, align 8
  %107 = getelementptr inbounds nuw i8, ptr %29, i64 104
  %108 = load double, ptr %107, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %108, ptr %106, ptr null)
  %109 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %110 = load ptr, ptr %109, align 8
  %111 = getelementptr inbounds nuw i8, ptr %29, i64 112
  %112 = load double, ptr %111, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %112, ptr %110, ptr null)
  %113 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %114 = load ptr, ptr %113, align 8
  %115 = getelementptr inbounds nuw i8, ptr %29, i64 120
  %116 = load double, ptr %115, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %116, ptr %114, ptr null)
  %117 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %22)
  %118 = load ptr, ptr %117, align 8
  %119 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %26)
  %120 = load ptr, ptr %119, align 8
  %121 = getelementptr inbounds nuw i8, ptr %29, i64 128
  %122 = load double, ptr %121, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %122, ptr null, i64 2, ptr %118, ptr %120)
  %123 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %32)
  %124 = load ptr, ptr %123, align 8
  %125 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %36)
  %126 = load ptr, ptr %125, align 8
  %127 = getelementptr inbounds nuw i8, ptr %29, i64 136
  %128 = load double, ptr %127, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %128, ptr null, i64 2, ptr %124, ptr %126)
  %129 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %130 = load ptr, ptr %129, align 8
  %131 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %132 = load ptr, ptr %131, align 8
  %133 = getelementptr inbounds nuw i8, ptr %29, i64 144
  %134 = load double, ptr %133, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %134, ptr null, i64 2, ptr %130, ptr %132)
  %135 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %136 = load ptr, ptr %135, align 8
  %137 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %138 = load ptr, ptr %137, align 8
  %139 = getelementptr inbounds nuw i8, ptr %29, i64 152
  %140 = load double, ptr %139, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %140, ptr null, i64 2, ptr %136, ptr %138)
  %141 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %142 = load ptr, ptr %141, align 8
  %143 = getelementptr inbounds nuw i8, ptr %29, i64 160
  %144 = load double, ptr %143, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %144, ptr %142, ptr null)
  %145 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %146 = load ptr, ptr %145, align 8
  %147 = getelementptr inbounds nuw i8, ptr %29, i64 168
  %148 = load double, ptr %147, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %148, ptr %146, ptr null)
  %149 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %150 = load ptr, ptr %149, align 8
  %151 = getelementptr inbounds nuw i8, ptr %29, i64 176
  %152 = load double, ptr %151, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %152, ptr %150, ptr null)
  %153 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %154 = load ptr, ptr %153, align 8
  %155 = getelementptr inbounds nuw i8, ptr %29, i64 184
  %156 = load double, ptr %155, align 8, !tbaa !5
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
  store double %186, ptr %191, align 64, !tbaa !5
  call void @__catalyst__rt__qubit_release_array(ptr %13)
  call void @__catalyst__rt__device_release()
  %192 = load double, ptr %191, align 64, !tbaa !5
  %193 = extractvalue { ptr, ptr, i64 } %11, 1
  store double %192, ptr %193, align 8, !tbaa !5
  ret void
}

define noalias noundef ptr @energy_0.quantum.augfwd(ptr readonly captures(none) %0, ptr readnone captures(none) %1, ptr readonly captures(none) %2, ptr readnone captures(none) %3, ptr readonly captures(none) %4, ptr readnone captures(none) %5, ptr readonly captures(none) %6, ptr readnone captures(none) %7, ptr readonly captures(none) %8, ptr readnone captures(none) %9) local_unnamed_addr #3 {
  tail call void @energy_0.quantum(ptr %0, ptr %2, ptr %4, ptr %6, ptr %8)
  ret ptr null
}

define void @energy_0.preprocess(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, i64 %19, ptr readnone captures(none) %20, ptr writeonly captures(none) initializes((0, 8)) %21, i64 %22) local_unnamed_addr {
  %24 = alloca { ptr, ptr, i64 }, align 8
  %25 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %26 = alloca { ptr, ptr, i64, [2 x i64], [2 x i64] }, align 8
  %27 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %28 = alloca { ptr, ptr, i64, [2 x i64], [2 x i64] }, align 8
  %.idx = shl i64 %19, 3
  %29 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 %.idx)
  %30 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %31 = load double, ptr %30, align 8, !tbaa !5
  %32 = fmul double %31, 2.000000e+00
  %33 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %34 = load double, ptr %33, align 8, !tbaa !5
  %35 = fmul double %34, 2.000000e+00
  %36 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %37 = load double, ptr %36, align 8, !tbaa !5
  %38 = fmul double %35, %37
  %39 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %40 = load double, ptr %39, align 8, !tbaa !5
  %41 = fmul double %35, %40
  %42 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %43 = load double, ptr %42, align 8, !tbaa !5
  %44 = fmul double %35, %43
  %45 = load double, ptr %8, align 8, !tbaa !5
  %46 = fmul double %35, %45
  %47 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %48 = load double, ptr %47, align 8, !tbaa !5
  %49 = fmul double %48, 2.000000e+00
  %50 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %51 = load double, ptr %50, align 8, !tbaa !5
  %52 = fmul double %51, 2.000000e+00
  %53 = fmul double %37, %52
  %54 = fmul double %40, %52
  %55 = fmul double %43, %52
  %56 = fmul double %45, %52
  %57 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %58 = load double, ptr %57, align 8, !tbaa !5
  %59 = fmul double %58, 2.000000e+00
  %60 = load double, ptr %1, align 8, !tbaa !5
  %61 = fmul double %60, 2.000000e+00
  %62 = fmul double %37, %61
  %63 = fmul double %40, %61
  %64 = fmul double %43, %61
  %65 = fmul double %45, %61
  store double %65, ptr %29, align 8, !tbaa !5
  %66 = getelementptr inbounds nuw i8, ptr %29, i64 8
  store double %64, ptr %66, align 8, !tbaa !5
  %67 = getelementptr inbounds nuw i8, ptr %29, i64 16
  store double %63, ptr %67, align 8, !tbaa !5
  %68 = getelementptr inbounds nuw i8, ptr %29, i64 24
  store double %62, ptr %68, align 8, !tbaa !5
  %69 = getelementptr inbounds nuw i8, ptr %29, i64 32
  store double %59, ptr %69, align 8, !tbaa !5
  %70 = getelementptr inbounds nuw i8, ptr %29, i64 40
  store double %59, ptr %70, align 8, !tbaa !5
  %71 = getelementptr inbounds nuw i8, ptr %29, i64 48
  store double %59, ptr %71, align 8, !tbaa !5
  %72 = getelementptr inbounds nuw i8, ptr %29, i64 56
  store double %59, ptr %72, align 8, !tbaa !5
  %73 = getelementptr inbounds nuw i8, ptr %29, i64 64
  store double %56, ptr %73, align 8, !tbaa !5
  %74 = getelementptr inbounds nuw i8, ptr %29, i64 72
  store double %55, ptr %74, align 8, !tbaa !5
  %75 = getelementptr inbounds nuw i8, ptr %29, i64 80
  store double %54, ptr %75, align 8, !tbaa !5
  %76 = getelementptr inbounds nuw i8, ptr %29, i64 88
  store double %53, ptr %76, align 8, !tbaa !5
  %77 = getelementptr inbounds nuw i8, ptr %29, i64 96
  store double %49, ptr %77, align 8, !tbaa !5
  %78 = getelementptr inbounds nuw i8, ptr %29, i64 104
  store double %49, ptr %78, align 8, !tbaa !5
  %79 = getelementptr inbounds nuw i8, ptr %29, i64 112
  store double %49, ptr %79, align 8, !tbaa !5
  %80 = getelementptr inbounds nuw i8, ptr %29, i64 120
  store double %49, ptr %80, align 8, !tbaa !5
  %81 = getelementptr inbounds nuw i8, ptr %29, i64 128
  store double %46, ptr %81, align 8, !tbaa !5
  %82 = getelementptr inbounds nuw i8, ptr %29, i64 136
  store double %44, ptr %82, align 8, !tbaa !5
  %83 = getelementptr inbounds nuw i8, ptr %29, i64 144
  store double %41, ptr %83, align 8, !tbaa !5
  %84 = getelementptr inbounds nuw i8, ptr %29, i64 152
  store double %38, ptr %84, align 8, !tbaa !5
  %85 = getelementptr inbounds nuw i8, ptr %29, i64 160
  store double %32, ptr %85, align 8, !tbaa !5
  %86 = getelementptr inbounds nuw i8, ptr %29, i64 168
  store double %32, ptr %86, align 8, !tbaa !5
  %87 = getelementptr inbounds nuw i8, ptr %29, i64 176
  store double %32, ptr %87, align 8, !tbaa !5
  %88 = getelementptr inbounds nuw i8, ptr %29, i64 184
  store double %32, ptr %88, align 8, !tbaa !5
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
  %90 = load double, ptr %89, align 8, !tbaa !5
  store double %90, ptr %21, align 8, !tbaa !5
  ret void
}

define { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } @energy_0.fullgrad0(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, i64 %19) local_unnamed_addr {
  %"'ipa4.i" = alloca { ptr, ptr, i64 }, align 8
  %21 = alloca { ptr, ptr, i64 }, align 8
  %"'ipa3.i" = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %22 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %23 = alloca { ptr, ptr, i64, [2 x i64], [2 x i64] }, align 8
  %24 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, align 8
  %25 = alloca { ptr, ptr, i64, [2 x i64], [2 x i64] }, align 8
  %26 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %27 = ptrtoint ptr %26 to i64
  %28 = add i64 %27, 63
  %29 = and i64 %28, -64
  %30 = inttoptr i64 %29 to ptr
  store double 1.000000e+00, ptr %30, align 64, !tbaa !5
  %31 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  %32 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %31, 0
  %33 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %32, ptr %31, 1
  %34 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %33, i64 0, 2
  %35 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %34, i64 2, 3, 0
  %36 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %35, i64 3, 3, 1
  %37 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %36, i64 3, 4, 0
  %38 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %37, i64 1, 4, 1
  %39 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 8)
  %40 = insertvalue { ptr, ptr, i64 } poison, ptr %39, 0
  %41 = insertvalue { ptr, ptr, i64 } %40, ptr %39, 1
  %42 = insertvalue { ptr, ptr, i64 } %41, i64 0, 2
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %31, i8 0, i64 48, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %"'ipa4.i")
  call void @llvm.lifetime.start.p0(ptr nonnull %21)
  call void @llvm.lifetime.start.p0(ptr nonnull %"'ipa3.i")
  call void @llvm.lifetime.start.p0(ptr nonnull %22)
  call void @llvm.lifetime.start.p0(ptr nonnull %23)
  call void @llvm.lifetime.start.p0(ptr nonnull %24)
  call void @llvm.lifetime.start.p0(ptr nonnull %25)
  %.fca.1.gep69.i = getelementptr inbounds nuw i8, ptr %"'ipa4.i", i64 8
  %.fca.2.gep70.i = getelementptr inbounds nuw i8, ptr %"'ipa4.i", i64 16
  %.fca.1.gep64.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 8
  %.fca.2.gep65.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 16
  %.fca.3.0.gep66.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 24
  %.fca.4.0.gep67.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 32
  %.idx.i = shl i64 %19, 3
  %"'mi.i" = tail call noalias nonnull ptr @_mlir_memref_to_llvm_alloc(i64 %.idx.i) #8
  tail call void @llvm.memset.p0.i64(ptr nonnull align 1 %"'mi.i", i8 0, i64 %.idx.i, i1 false)
  %43 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 %.idx.i) #8
  %"'ipg56.i" = getelementptr inbounds nuw i8, ptr %31, i64 40
  %44 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %45 = load double, ptr %44, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %46 = fmul double %45, 2.000000e+00
  %"'ipg54.i" = getelementptr inbounds nuw i8, ptr %31, i64 16
  %47 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %48 = load double, ptr %47, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %49 = fmul double %48, 2.000000e+00
  %50 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %51 = load double, ptr %50, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %52 = fmul double %49, %51
  %53 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %54 = load double, ptr %53, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %55 = fmul double %49, %54
  %56 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %57 = load double, ptr %56, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %58 = fmul double %49, %57
  %59 = load double, ptr %8, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %60 = fmul double %49, %59
  %"'ipg51.i" = getelementptr inbounds nuw i8, ptr %31, i64 32
  %61 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %62 = load double, ptr %61, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %63 = fmul double %62, 2.000000e+00
  %"'ipg49.i" = getelementptr inbounds nuw i8, ptr %31, i64 8
  %64 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %65 = load double, ptr %64, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %66 = fmul double %65, 2.000000e+00
  %67 = fmul double %51, %66
  %68 = fmul double %54, %66
  %69 = fmul double %57, %66
  %70 = fmul double %59, %66
  %"'ipg46.i" = getelementptr inbounds nuw i8, ptr %31, i64 24
  %71 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %72 = load double, ptr %71, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %73 = fmul double %72, 2.000000e+00
  %74 = load double, ptr %1, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %75 = fmul double %74, 2.000000e+00
  %76 = fmul double %51, %75
  %77 = fmul double %54, %75
  %78 = fmul double %57, %75
  %79 = fmul double %59, %75
  store double %79, ptr %43, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg40.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 8
  %80 = getelementptr inbounds nuw i8, ptr %43, i64 8
  store double %78, ptr %80, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg38.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 16
  %81 = getelementptr inbounds nuw i8, ptr %43, i64 16
  store double %77, ptr %81, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg36.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 24
  %82 = getelementptr inbounds nuw i8, ptr %43, i64 24
  store double %76, ptr %82, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg35.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 32
  %83 = getelementptr inbounds nuw i8, ptr %43, i64 32
  store double %73, ptr %83, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg34.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 40
  %84 = getelementptr inbounds nuw i8, ptr %43, i64 40
  store double %73, ptr %84, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg33.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 48
  %85 = getelementptr inbounds nuw i8, ptr %43, i64 48
  store double %73, ptr %85, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg31.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 56
  %86 = getelementptr inbounds nuw i8, ptr %43, i64 56
  store double %73, ptr %86, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg29.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 64
  %87 = getelementptr inbounds nuw i8, ptr %43, i64 64
  store double %70, ptr %87, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg27.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 72
  %88 = getelementptr inbounds nuw i8, ptr %43, i64 72
  store double %69, ptr %88, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg25.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 80
  %89 = getelementptr inbounds nuw i8, ptr %43, i64 80
  store double %68, ptr %89, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg23.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 88
  %90 = getelementptr inbounds nuw i8, ptr %43, i64 88
  store double %67, ptr %90, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg22.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 96
  %91 = getelementptr inbounds nuw i8, ptr %43, i64 96
  store double %63, ptr %91, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg21.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 104
  %92 = getelementptr inbounds nuw i8, ptr %43, i64 104
  store double %63, ptr %92, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg20.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 112
  %93 = getelementptr inbounds nuw i8, ptr %43, i64 112
  store double %63, ptr %93, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg18.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 120
  %94 = getelementptr inbounds nuw i8, ptr %43, i64 120
  store double %63, ptr %94, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg16.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 128
  %95 = getelementptr inbounds nuw i8, ptr %43, i64 128
  store double %60, ptr %95, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg14.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 136
  %96 = getelementptr inbounds nuw i8, ptr %43, i64 136
  store double %58, ptr %96, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg12.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 144
  %97 = getelementptr inbounds nuw i8, ptr %43, i64 144
  store double %55, ptr %97, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg10.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 152
  %98 = getelementptr inbounds nuw i8, ptr %43, i64 152
  store double %52, ptr %98, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg9.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 160
  %99 = getelementptr inbounds nuw i8, ptr %43, i64 160
  store double %46, ptr %99, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg8.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 168
  %100 = getelementptr inbounds nuw i8, ptr %43, i64 168
  store double %46, ptr %100, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg7.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 176
  %101 = getelementptr inbounds nuw i8, ptr %43, i64 176
  store double %46, ptr %101, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 184
  %102 = getelementptr inbounds nuw i8, ptr %43, i64 184
  store double %46, ptr %102, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  store ptr %0, ptr %25, align 8, !alias.scope !64, !noalias !67
  %.fca.1.gep.i = getelementptr inbounds nuw i8, ptr %25, i64 8
  store ptr %1, ptr %.fca.1.gep.i, align 8, !alias.scope !64, !noalias !67
  %.fca.2.gep.i = getelementptr inbounds nuw i8, ptr %25, i64 16
  store i64 %2, ptr %.fca.2.gep.i, align 8, !alias.scope !64, !noalias !67
  %.fca.3.0.gep.i = getelementptr inbounds nuw i8, ptr %25, i64 24
  store i64 %3, ptr %.fca.3.0.gep.i, align 8, !alias.scope !64, !noalias !67
  %.fca.3.1.gep.i = getelementptr inbounds nuw i8, ptr %25, i64 32
  store i64 %4, ptr %.fca.3.1.gep.i, align 8, !alias.scope !64, !noalias !67
  %.fca.4.0.gep.i = getelementptr inbounds nuw i8, ptr %25, i64 40
  store i64 %5, ptr %.fca.4.0.gep.i, align 8, !alias.scope !64, !noalias !67
  %.fca.4.1.gep.i = getelementptr inbounds nuw i8, ptr %25, i64 48
  store i64 %6, ptr %.fca.4.1.gep.i, align 8, !alias.scope !64, !noalias !67
  store ptr %7, ptr %24, align 8
  %.fca.1.gep27.i = getelementptr inbounds nuw i8, ptr %24, i64 8
  store ptr %8, ptr %.fca.1.gep27.i, align 8
  %.fca.2.gep29.i = getelementptr inbounds nuw i8, ptr %24, i64 16
  store i64 %9, ptr %.fca.2.gep29.i, align 8
  %.fca.3.0.gep31.i = getelementptr inbounds nuw i8, ptr %24, i64 24
  store i64 %10, ptr %.fca.3.0.gep31.i, align 8
  %.fca.4.0.gep33.i = getelementptr inbounds nuw i8, ptr %24, i64 32
  store i64 %11, ptr %.fca.4.0.gep33.i, align 8
  store ptr %12, ptr %23, align 8
  %.fca.1.gep37.i = getelementptr inbounds nuw i8, ptr %23, i64 8
  store ptr %13, ptr %.fca.1.gep37.i, align 8
  %.fca.2.gep39.i = getelementptr inbounds nuw i8, ptr %23, i64 16
  store i64 %14, ptr %.fca.2.gep39.i, align 8
  %.fca.3.0.gep41.i = getelementptr inbounds nuw i8, ptr %23, i64 24
  store i64 %15, ptr %.fca.3.0.gep41.i, align 8
  %.fca.3.1.gep43.i = getelementptr inbounds nuw i8, ptr %23, i64 32
  store i64 %16, ptr %.fca.3.1.gep43.i, align 8
  %.fca.4.0.gep45.i = getelementptr inbounds nuw i8, ptr %23, i64 40
  store i64 %17, ptr %.fca.4.0.gep45.i, align 8
  %.fca.4.1.gep47.i = getelementptr inbounds nuw i8, ptr %23, i64 48
  store i64 %18, ptr %.fca.4.1.gep47.i, align 8
  store ptr %"'mi.i", ptr %"'ipa3.i", align 8, !alias.scope !69, !noalias !72
  store ptr %43, ptr %22, align 8, !alias.scope !72, !noalias !69
  %.fca.1.gep51.i = getelementptr inbounds nuw i8, ptr %22, i64 8
  store ptr %"'mi.i", ptr %.fca.1.gep64.i, align 8, !alias.scope !69, !noalias !72
  store ptr %43, ptr %.fca.1.gep51.i, align 8, !alias.scope !72, !noalias !69
  %.fca.2.gep53.i = getelementptr inbounds nuw i8, ptr %22, i64 16
  store i64 0, ptr %.fca.2.gep65.i, align 8, !alias.scope !69, !noalias !72
  store i64 0, ptr %.fca.2.gep53.i, align 8, !alias.scope !72, !noalias !69
  %.fca.3.0.gep55.i = getelementptr inbounds nuw i8, ptr %22, i64 24
  store i64 %19, ptr %.fca.3.0.gep66.i, align 8, !alias.scope !69, !noalias !72
  store i64 %19, ptr %.fca.3.0.gep55.i, align 8, !alias.scope !72, !noalias !69
  %.fca.4.0.gep57.i = getelementptr inbounds nuw i8, ptr %22, i64 32
  store i64 1, ptr %.fca.4.0.gep67.i, align 8, !alias.scope !69, !noalias !72
  store i64 1, ptr %.fca.4.0.gep57.i, align 8, !alias.scope !72, !noalias !69
  %"'mi5.i" = tail call noalias nonnull ptr @_mlir_memref_to_llvm_alloc(i64 8) #8
  store i64 0, ptr %"'mi5.i", align 1
  %103 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 8) #8
  store ptr %"'mi5.i", ptr %"'ipa4.i", align 8, !alias.scope !74, !noalias !77
  store ptr %103, ptr %21, align 8, !alias.scope !77, !noalias !74
  %.fca.1.gep61.i = getelementptr inbounds nuw i8, ptr %21, i64 8
  store ptr %"'mi5.i", ptr %.fca.1.gep69.i, align 8, !alias.scope !74, !noalias !77
  store ptr %103, ptr %.fca.1.gep61.i, align 8, !alias.scope !77, !noalias !74
  %.fca.2.gep63.i = getelementptr inbounds nuw i8, ptr %21, i64 16
  store i64 0, ptr %.fca.2.gep70.i, align 8, !alias.scope !74, !noalias !77
  store i64 0, ptr %.fca.2.gep63.i, align 8, !alias.scope !77, !noalias !74
  call void @energy_0.quantum(ptr nonnull readonly %25, ptr nonnull readonly %24, ptr nonnull readonly %23, ptr nonnull readonly %22, ptr nonnull readonly %21)
  %104 = load double, ptr %103, align 8, !tbaa !5, !alias.scope !79, !noalias !82
  store double %104, ptr %39, align 8, !tbaa !5, !alias.scope !84, !noalias !87
  %105 = load double, ptr %30, align 64, !tbaa !5, !alias.scope !87, !noalias !84
  store double 0.000000e+00, ptr %30, align 64, !tbaa !5, !alias.scope !87, !noalias !84
  %106 = load double, ptr %"'mi5.i", align 8, !tbaa !5, !alias.scope !82, !noalias !79
  %107 = fadd fast double %106, %105
  store double %107, ptr %"'mi5.i", align 8, !tbaa !5, !alias.scope !82, !noalias !79
  call void @energy_0.quantum.customqgrad(ptr nonnull readonly %25, ptr nonnull readnone poison, ptr nonnull readonly %24, ptr nonnull readonly poison, ptr nonnull readonly %23, ptr nonnull readonly poison, ptr nonnull readnone poison, ptr nonnull readonly %"'ipa3.i", ptr nonnull readnone poison, ptr nonnull readonly %"'ipa4.i", ptr poison)
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %"'mi5.i")
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %103)
  %108 = load double, ptr %"'ipg.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %109 = load double, ptr %"'ipg7.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg7.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %110 = fadd fast double %109, %108
  %111 = load double, ptr %"'ipg8.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg8.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %112 = fadd fast double %110, %111
  %113 = load double, ptr %"'ipg9.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg9.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %114 = fadd fast double %112, %113
  %115 = load double, ptr %"'ipg10.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg10.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %116 = load double, ptr %"'ipg12.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg12.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %117 = load double, ptr %"'ipg14.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg14.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %118 = load double, ptr %"'ipg16.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg16.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %119 = load double, ptr %"'ipg18.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg18.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %120 = load double, ptr %"'ipg20.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg20.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %121 = fadd fast double %120, %119
  %122 = load double, ptr %"'ipg21.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg21.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %123 = fadd fast double %121, %122
  %124 = load double, ptr %"'ipg22.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg22.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %125 = fadd fast double %123, %124
  %126 = load double, ptr %"'ipg23.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg23.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %127 = load double, ptr %"'ipg25.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg25.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %128 = load double, ptr %"'ipg27.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg27.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %129 = load double, ptr %"'ipg29.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg29.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %130 = load double, ptr %"'ipg31.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg31.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %131 = load double, ptr %"'ipg33.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg33.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %132 = fadd fast double %131, %130
  %133 = load double, ptr %"'ipg34.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg34.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %134 = fadd fast double %132, %133
  %135 = load double, ptr %"'ipg35.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg35.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %136 = fadd fast double %134, %135
  %137 = load double, ptr %"'ipg36.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg36.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %138 = load double, ptr %"'ipg38.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg38.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %139 = load double, ptr %"'ipg40.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg40.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %140 = load double, ptr %"'mi.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'mi.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %141 = fmul fast double %140, %59
  %142 = fmul fast double %139, %57
  %143 = fmul fast double %138, %54
  %144 = fmul fast double %137, %51
  %145 = fadd fast double %143, %144
  %146 = fadd fast double %145, %142
  %147 = fadd fast double %146, %141
  %148 = fmul fast double %147, 2.000000e+00
  %149 = load double, ptr %31, align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %150 = fadd fast double %148, %149
  store double %150, ptr %31, align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %151 = fmul fast double %136, 2.000000e+00
  %152 = load double, ptr %"'ipg46.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %153 = fadd fast double %152, %151
  store double %153, ptr %"'ipg46.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %154 = fmul fast double %129, %59
  %155 = fmul fast double %128, %57
  %156 = fmul fast double %127, %54
  %157 = fmul fast double %126, %51
  %158 = fadd fast double %156, %157
  %159 = fadd fast double %158, %155
  %160 = fadd fast double %159, %154
  %161 = fmul fast double %160, 2.000000e+00
  %162 = load double, ptr %"'ipg49.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %163 = fadd fast double %162, %161
  store double %163, ptr %"'ipg49.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %164 = fmul fast double %125, 2.000000e+00
  %165 = load double, ptr %"'ipg51.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %166 = fadd fast double %165, %164
  store double %166, ptr %"'ipg51.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %167 = fmul fast double %118, %59
  %168 = fmul fast double %117, %57
  %169 = fmul fast double %116, %54
  %170 = fmul fast double %115, %51
  %171 = fadd fast double %169, %170
  %172 = fadd fast double %171, %168
  %173 = fadd fast double %172, %167
  %174 = fmul fast double %173, 2.000000e+00
  %175 = load double, ptr %"'ipg54.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %176 = fadd fast double %175, %174
  store double %176, ptr %"'ipg54.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %177 = fmul fast double %114, 2.000000e+00
  %178 = load double, ptr %"'ipg56.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %179 = fadd fast double %178, %177
  store double %179, ptr %"'ipg56.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %"'mi.i")
  tail call void @_mlir_memref_to_llvm_free(ptr %43)
  call void @llvm.lifetime.end.p0(ptr nonnull %"'ipa4.i")
  call void @llvm.lifetime.end.p0(ptr nonnull %21)
  call void @llvm.lifetime.end.p0(ptr nonnull %"'ipa3.i")
  call void @llvm.lifetime.end.p0(ptr nonnull %22)
  call void @llvm.lifetime.end.p0(ptr nonnull %23)
  call void @llvm.lifetime.end.p0(ptr nonnull %24)
  call void @llvm.lifetime.end.p0(ptr nonnull %25)
  tail call void @_mlir_memref_to_llvm_free(ptr %26)
  %180 = insertvalue { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } poison, { ptr, ptr, i64 } %42, 0
  %181 = insertvalue { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } %180, { ptr, ptr, i64, [2 x i64], [2 x i64] } %38, 1
  ret { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } %181
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
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #7

attributes #0 = { "enzyme_math"="free" "prev_linkage"="0" }
attributes #1 = { "enzyme_allocator"="0" "enzyme_deallocator"="-1" "prev_linkage"="0" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #3 = { "prev_linkage"="0" }
attributes #4 = { noinline "prev_linkage"="0" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #7 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #8 = { mustprogress willreturn }

!llvm.module.flags = !{!0}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{ptr @_mlir_memref_to_llvm_free}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"Catalyst TBAA"}
!5 = !{!6, !6, i64 0}
!6 = !{!"double", !4, i64 0}
!7 = !{!8}
!8 = distinct !{!8, !9, !"primal"}
!9 = distinct !{!9, !" diff: %"}
!10 = !{!11}
!11 = distinct !{!11, !9, !"shadow_0"}
!12 = !{!13}
!13 = distinct !{!13, !14, !"primal"}
!14 = distinct !{!14, !" diff: %"}
!15 = !{!16}
!16 = distinct !{!16, !14, !"shadow_0"}
!17 = !{!18}
!18 = distinct !{!18, !19, !"primal"}
!19 = distinct !{!19, !" diff: %"}
!20 = !{!21}
!21 = distinct !{!21, !19, !"shadow_0"}
!22 = !{!23}
!23 = distinct !{!23, !24, !"primal"}
!24 = distinct !{!24, !" diff: %"}
!25 = !{!26}
!26 = distinct !{!26, !24, !"shadow_0"}
!27 = !{!28}
!28 = distinct !{!28, !29, !"shadow_0"}
!29 = distinct !{!29, !" diff: %"}
!30 = !{!31}
!31 = distinct !{!31, !29, !"primal"}
!32 = !{!33}
!33 = distinct !{!33, !34, !"shadow_0"}
!34 = distinct !{!34, !" diff: %"}
!35 = !{!36}
!36 = distinct !{!36, !34, !"primal"}
!37 = !{!38}
!38 = distinct !{!38, !39, !"primal"}
!39 = distinct !{!39, !" diff: %"}
!40 = !{!41}
!41 = distinct !{!41, !39, !"shadow_0"}
!42 = !{!43}
!43 = distinct !{!43, !44, !"primal"}
!44 = distinct !{!44, !" diff: %"}
!45 = !{!46}
!46 = distinct !{!46, !44, !"shadow_0"}
!47 = !{ptr @energy_0.quantum.augfwd}
!48 = !{ptr @energy_0.quantum.customqgrad}
!49 = !{!50}
!50 = distinct !{!50, !51, !"primal"}
!51 = distinct !{!51, !" diff: %"}
!52 = !{!53}
!53 = distinct !{!53, !51, !"shadow_0"}
!54 = !{!55}
!55 = distinct !{!55, !56, !"primal"}
!56 = distinct !{!56, !" diff: %"}
!57 = !{!58}
!58 = distinct !{!58, !56, !"shadow_0"}
!59 = !{!60}
!60 = distinct !{!60, !61, !"primal"}
!61 = distinct !{!61, !" diff: %"}
!62 = !{!63}
!63 = distinct !{!63, !61, !"shadow_0"}
!64 = !{!65}
!65 = distinct !{!65, !66, !"primal"}
!66 = distinct !{!66, !" diff: %"}
!67 = !{!68}
!68 = distinct !{!68, !66, !"shadow_0"}
!69 = !{!70}
!70 = distinct !{!70, !71, !"shadow_0"}
!71 = distinct !{!71, !" diff: %"}
!72 = !{!73}
!73 = distinct !{!73, !71, !"primal"}
!74 = !{!75}
!75 = distinct !{!75, !76, !"shadow_0"}
!76 = distinct !{!76, !" diff: %"}
!77 = !{!78}
!78 = distinct !{!78, !76, !"primal"}
!79 = !{!80}
!80 = distinct !{!80, !81, !"primal"}
!81 = distinct !{!81, !" diff: %"}
!82 = !{!83}
!83 = distinct !{!83, !81, !"shadow_0"}
!84 = !{!85}
!85 = distinct !{!85, !86, !"primal"}
!86 = distinct !{!86, !" diff: %"}
!87 = !{!88}
!88 = distinct !{!88, !86, !"shadow_0"}
