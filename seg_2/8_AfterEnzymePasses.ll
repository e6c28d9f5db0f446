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
  %.fca.1.gep201.i = getelementptr inbounds nuw i8, ptr %"'ipa4.i", i64 8
  %.fca.2.gep202.i = getelementptr inbounds nuw i8, ptr %"'ipa4.i", i64 16
  %.fca.1.gep196.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 8
  %.fca.2.gep197.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 16
  %.fca.3.0.gep198.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 24
  %.fca.4.0.gep199.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 32
  %45 = getelementptr inbounds nuw i8, ptr %8, i64 160
  %46 = getelementptr inbounds nuw i8, ptr %8, i64 152
  %47 = getelementptr inbounds nuw i8, ptr %8, i64 144
  %48 = getelementptr inbounds nuw i8, ptr %8, i64 136
  %49 = getelementptr inbounds nuw i8, ptr %8, i64 128
  %50 = getelementptr inbounds nuw i8, ptr %8, i64 120
  %51 = getelementptr inbounds nuw i8, ptr %8, i64 112
  %52 = getelementptr inbounds nuw i8, ptr %8, i64 104
  %53 = getelementptr inbounds nuw i8, ptr %8, i64 96
  %54 = getelementptr inbounds nuw i8, ptr %8, i64 88
  %55 = getelementptr inbounds nuw i8, ptr %8, i64 80
  %56 = getelementptr inbounds nuw i8, ptr %8, i64 72
  %57 = getelementptr inbounds nuw i8, ptr %8, i64 64
  %58 = getelementptr inbounds nuw i8, ptr %8, i64 56
  %59 = getelementptr inbounds nuw i8, ptr %8, i64 48
  %60 = getelementptr inbounds nuw i8, ptr %8, i64 40
  %61 = getelementptr inbounds nuw i8, ptr %8, i64 32
  %62 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %63 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %64 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %.fca.1.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 8
  %.fca.2.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 16
  %.fca.3.0.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 24
  %.fca.3.1.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 32
  %.fca.4.0.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 40
  %.fca.4.1.gep.i = getelementptr inbounds nuw i8, ptr %27, i64 48
  %.fca.1.gep108.i = getelementptr inbounds nuw i8, ptr %26, i64 8
  %.fca.2.gep110.i = getelementptr inbounds nuw i8, ptr %26, i64 16
  %.fca.3.0.gep112.i = getelementptr inbounds nuw i8, ptr %26, i64 24
  %.fca.4.0.gep114.i = getelementptr inbounds nuw i8, ptr %26, i64 32
  %.fca.1.gep118.i = getelementptr inbounds nuw i8, ptr %25, i64 8
  %.fca.2.gep120.i = getelementptr inbounds nuw i8, ptr %25, i64 16
  %.fca.3.0.gep122.i = getelementptr inbounds nuw i8, ptr %25, i64 24
  %.fca.3.1.gep124.i = getelementptr inbounds nuw i8, ptr %25, i64 32
  %.fca.4.0.gep126.i = getelementptr inbounds nuw i8, ptr %25, i64 40
  %.fca.4.1.gep128.i = getelementptr inbounds nuw i8, ptr %25, i64 48
  %.fca.1.gep132.i = getelementptr inbounds nuw i8, ptr %24, i64 8
  %.fca.2.gep134.i = getelementptr inbounds nuw i8, ptr %24, i64 16
  %.fca.3.0.gep136.i = getelementptr inbounds nuw i8, ptr %24, i64 24
  %.fca.4.0.gep138.i = getelementptr inbounds nuw i8, ptr %24, i64 32
  %.fca.1.gep142.i = getelementptr inbounds nuw i8, ptr %23, i64 8
  %.fca.2.gep144.i = getelementptr inbounds nuw i8, ptr %23, i64 16
  br label %.lr.ph

.lr.ph:                                           ; preds = %.lr.ph.preheader, %.lr.ph
  %65 = phi ptr [ %611, %.lr.ph ], [ %44, %.lr.ph.preheader ]
  %66 = phi i64 [ %604, %.lr.ph ], [ 0, %.lr.ph.preheader ]
  %67 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %68 = ptrtoint ptr %67 to i64
  %69 = add i64 %68, 63
  %70 = and i64 %69, -64
  %71 = inttoptr i64 %70 to ptr
  store double 1.000000e+00, ptr %71, align 64, !tbaa !5
  %72 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  %73 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 8)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %72, i8 0, i64 48, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %"'ipa4.i")
  call void @llvm.lifetime.start.p0(ptr nonnull %23)
  call void @llvm.lifetime.start.p0(ptr nonnull %"'ipa3.i")
  call void @llvm.lifetime.start.p0(ptr nonnull %24)
  call void @llvm.lifetime.start.p0(ptr nonnull %25)
  call void @llvm.lifetime.start.p0(ptr nonnull %26)
  call void @llvm.lifetime.start.p0(ptr nonnull %27)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %"'ipa4.i", i8 0, i64 24, i1 false)
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %"'ipa3.i", i8 0, i64 40, i1 false)
  %"'mi.i" = tail call noalias nonnull ptr @_mlir_memref_to_llvm_alloc(i64 840) #8
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(840) %"'mi.i", i8 0, i64 840, i1 false)
  %74 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 840) #8
  %"'ipg188.i" = getelementptr inbounds nuw i8, ptr %72, i64 40
  %75 = getelementptr inbounds nuw i8, ptr %65, i64 40
  %76 = load double, ptr %75, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %77 = fmul double %76, 2.000000e+00
  %"'ipg186.i" = getelementptr inbounds nuw i8, ptr %72, i64 16
  %78 = getelementptr inbounds nuw i8, ptr %65, i64 16
  %79 = load double, ptr %78, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %80 = fmul double %79, 2.000000e+00
  %81 = load double, ptr %45, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %82 = fmul double %80, %81
  %83 = load double, ptr %46, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %84 = fmul double %80, %83
  %85 = load double, ptr %47, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %86 = fmul double %80, %85
  %87 = load double, ptr %48, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %88 = fmul double %80, %87
  %89 = load double, ptr %49, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %90 = fmul double %80, %89
  %91 = load double, ptr %50, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %92 = fmul double %80, %91
  %93 = load double, ptr %51, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %94 = fmul double %80, %93
  %95 = load double, ptr %52, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %96 = fmul double %80, %95
  %97 = load double, ptr %53, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %98 = fmul double %80, %97
  %99 = load double, ptr %54, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %100 = fmul double %80, %99
  %101 = load double, ptr %55, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %102 = fmul double %80, %101
  %103 = load double, ptr %56, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %104 = fmul double %80, %103
  %105 = load double, ptr %57, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %106 = fmul double %80, %105
  %107 = load double, ptr %58, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %108 = fmul double %80, %107
  %109 = load double, ptr %59, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %110 = fmul double %80, %109
  %111 = load double, ptr %60, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %112 = fmul double %80, %111
  %113 = load double, ptr %61, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %114 = fmul double %80, %113
  %115 = load double, ptr %62, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %116 = fmul double %80, %115
  %117 = load double, ptr %63, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %118 = fmul double %80, %117
  %119 = load double, ptr %64, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %120 = fmul double %80, %119
  %121 = load double, ptr %8, align 8, !tbaa !5, !alias.scope !12, !noalias !15
  %122 = fmul double %80, %121
  %"'ipg183.i" = getelementptr inbounds nuw i8, ptr %72, i64 32
  %123 = getelementptr inbounds nuw i8, ptr %65, i64 32
  %124 = load double, ptr %123, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %125 = fmul double %124, 2.000000e+00
  %"'ipg181.i" = getelementptr inbounds nuw i8, ptr %72, i64 8
  %126 = getelementptr inbounds nuw i8, ptr %65, i64 8
  %127 = load double, ptr %126, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %128 = fmul double %127, 2.000000e+00
  %129 = fmul double %81, %128
  %130 = fmul double %83, %128
  %131 = fmul double %85, %128
  %132 = fmul double %87, %128
  %133 = fmul double %89, %128
  %134 = fmul double %91, %128
  %135 = fmul double %93, %128
  %136 = fmul double %95, %128
  %137 = fmul double %97, %128
  %138 = fmul double %99, %128
  %139 = fmul double %101, %128
  %140 = fmul double %103, %128
  %141 = fmul double %105, %128
  %142 = fmul double %107, %128
  %143 = fmul double %109, %128
  %144 = fmul double %111, %128
  %145 = fmul double %113, %128
  %146 = fmul double %115, %128
  %147 = fmul double %117, %128
  %148 = fmul double %119, %128
  %149 = fmul double %121, %128
  %"'ipg178.i" = getelementptr inbounds nuw i8, ptr %72, i64 24
  %150 = getelementptr inbounds nuw i8, ptr %65, i64 24
  %151 = load double, ptr %150, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %152 = fmul double %151, 2.000000e+00
  %153 = load double, ptr %65, align 8, !tbaa !5, !alias.scope !7, !noalias !10
  %154 = fmul double %153, 2.000000e+00
  %155 = fmul double %81, %154
  %156 = fmul double %83, %154
  %157 = fmul double %85, %154
  %158 = fmul double %87, %154
  %159 = fmul double %89, %154
  %160 = fmul double %91, %154
  %161 = fmul double %93, %154
  %162 = fmul double %95, %154
  %163 = fmul double %97, %154
  %164 = fmul double %99, %154
  %165 = fmul double %101, %154
  %166 = fmul double %103, %154
  %167 = fmul double %105, %154
  %168 = fmul double %107, %154
  %169 = fmul double %109, %154
  %170 = fmul double %111, %154
  %171 = fmul double %113, %154
  %172 = fmul double %115, %154
  %173 = fmul double %117, %154
  %174 = fmul double %119, %154
  %175 = fmul double %121, %154
  store double %175, ptr %74, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg172.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 8
  %176 = getelementptr inbounds nuw i8, ptr %74, i64 8
  store double %174, ptr %176, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg170.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 16
  %177 = getelementptr inbounds nuw i8, ptr %74, i64 16
  store double %173, ptr %177, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg168.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 24
  %178 = getelementptr inbounds nuw i8, ptr %74, i64 24
  store double %172, ptr %178, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg166.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 32
  %179 = getelementptr inbounds nuw i8, ptr %74, i64 32
  store double %171, ptr %179, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg164.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 40
  %180 = getelementptr inbounds nuw i8, ptr %74, i64 40
  store double %170, ptr %180, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg162.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 48
  %181 = getelementptr inbounds nuw i8, ptr %74, i64 48
  store double %169, ptr %181, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg160.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 56
  %182 = getelementptr inbounds nuw i8, ptr %74, i64 56
  store double %168, ptr %182, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg158.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 64
  %183 = getelementptr inbounds nuw i8, ptr %74, i64 64
  store double %167, ptr %183, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg156.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 72
  %184 = getelementptr inbounds nuw i8, ptr %74, i64 72
  store double %166, ptr %184, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg154.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 80
  %185 = getelementptr inbounds nuw i8, ptr %74, i64 80
  store double %165, ptr %185, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg152.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 88
  %186 = getelementptr inbounds nuw i8, ptr %74, i64 88
  store double %164, ptr %186, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg150.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 96
  %187 = getelementptr inbounds nuw i8, ptr %74, i64 96
  store double %163, ptr %187, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg148.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 104
  %188 = getelementptr inbounds nuw i8, ptr %74, i64 104
  store double %162, ptr %188, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg146.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 112
  %189 = getelementptr inbounds nuw i8, ptr %74, i64 112
  store double %161, ptr %189, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg144.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 120
  %190 = getelementptr inbounds nuw i8, ptr %74, i64 120
  store double %160, ptr %190, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg142.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 128
  %191 = getelementptr inbounds nuw i8, ptr %74, i64 128
  store double %159, ptr %191, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg140.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 136
  %192 = getelementptr inbounds nuw i8, ptr %74, i64 136
  store double %158, ptr %192, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg138.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 144
  %193 = getelementptr inbounds nuw i8, ptr %74, i64 144
  store double %157, ptr %193, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg136.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 152
  %194 = getelementptr inbounds nuw i8, ptr %74, i64 152
  store double %156, ptr %194, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg134.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 160
  %195 = getelementptr inbounds nuw i8, ptr %74, i64 160
  store double %155, ptr %195, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg133.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 168
  %196 = getelementptr inbounds nuw i8, ptr %74, i64 168
  store double %152, ptr %196, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg132.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 176
  %197 = getelementptr inbounds nuw i8, ptr %74, i64 176
  store double %152, ptr %197, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg131.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 184
  %198 = getelementptr inbounds nuw i8, ptr %74, i64 184
  store double %152, ptr %198, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg130.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 192
  %199 = getelementptr inbounds nuw i8, ptr %74, i64 192
  store double %152, ptr %199, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg129.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 200
  %200 = getelementptr inbounds nuw i8, ptr %74, i64 200
  store double %152, ptr %200, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg128.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 208
  %201 = getelementptr inbounds nuw i8, ptr %74, i64 208
  store double %152, ptr %201, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg127.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 216
  %202 = getelementptr inbounds nuw i8, ptr %74, i64 216
  store double %152, ptr %202, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg126.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 224
  %203 = getelementptr inbounds nuw i8, ptr %74, i64 224
  store double %152, ptr %203, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg125.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 232
  %204 = getelementptr inbounds nuw i8, ptr %74, i64 232
  store double %152, ptr %204, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg124.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 240
  %205 = getelementptr inbounds nuw i8, ptr %74, i64 240
  store double %152, ptr %205, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg123.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 248
  %206 = getelementptr inbounds nuw i8, ptr %74, i64 248
  store double %152, ptr %206, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg122.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 256
  %207 = getelementptr inbounds nuw i8, ptr %74, i64 256
  store double %152, ptr %207, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg121.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 264
  %208 = getelementptr inbounds nuw i8, ptr %74, i64 264
  store double %152, ptr %208, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg119.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 272
  %209 = getelementptr inbounds nuw i8, ptr %74, i64 272
  store double %152, ptr %209, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg117.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 280
  %210 = getelementptr inbounds nuw i8, ptr %74, i64 280
  store double %149, ptr %210, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg115.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 288
  %211 = getelementptr inbounds nuw i8, ptr %74, i64 288
  store double %148, ptr %211, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg113.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 296
  %212 = getelementptr inbounds nuw i8, ptr %74, i64 296
  store double %147, ptr %212, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg111.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 304
  %213 = getelementptr inbounds nuw i8, ptr %74, i64 304
  store double %146, ptr %213, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg109.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 312
  %214 = getelementptr inbounds nuw i8, ptr %74, i64 312
  store double %145, ptr %214, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg107.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 320
  %215 = getelementptr inbounds nuw i8, ptr %74, i64 320
  store double %144, ptr %215, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg105.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 328
  %216 = getelementptr inbounds nuw i8, ptr %74, i64 328
  store double %143, ptr %216, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg103.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 336
  %217 = getelementptr inbounds nuw i8, ptr %74, i64 336
  store double %142, ptr %217, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg101.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 344
  %218 = getelementptr inbounds nuw i8, ptr %74, i64 344
  store double %141, ptr %218, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg99.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 352
  %219 = getelementptr inbounds nuw i8, ptr %74, i64 352
  store double %140, ptr %219, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg97.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 360
  %220 = getelementptr inbounds nuw i8, ptr %74, i64 360
  store double %139, ptr %220, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg95.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 368
  %221 = getelementptr inbounds nuw i8, ptr %74, i64 368
  store double %138, ptr %221, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg93.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 376
  %222 = getelementptr inbounds nuw i8, ptr %74, i64 376
  store double %137, ptr %222, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg91.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 384
  %223 = getelementptr inbounds nuw i8, ptr %74, i64 384
  store double %136, ptr %223, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg89.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 392
  %224 = getelementptr inbounds nuw i8, ptr %74, i64 392
  store double %135, ptr %224, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg87.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 400
  %225 = getelementptr inbounds nuw i8, ptr %74, i64 400
  store double %134, ptr %225, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg85.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 408
  %226 = getelementptr inbounds nuw i8, ptr %74, i64 408
  store double %133, ptr %226, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg83.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 416
  %227 = getelementptr inbounds nuw i8, ptr %74, i64 416
  store double %132, ptr %227, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg81.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 424
  %228 = getelementptr inbounds nuw i8, ptr %74, i64 424
  store double %131, ptr %228, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg79.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 432
  %229 = getelementptr inbounds nuw i8, ptr %74, i64 432
  store double %130, ptr %229, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg77.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 440
  %230 = getelementptr inbounds nuw i8, ptr %74, i64 440
  store double %129, ptr %230, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg76.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 448
  %231 = getelementptr inbounds nuw i8, ptr %74, i64 448
  store double %125, ptr %231, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg75.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 456
  %232 = getelementptr inbounds nuw i8, ptr %74, i64 456
  store double %125, ptr %232, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg74.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 464
  %233 = getelementptr inbounds nuw i8, ptr %74, i64 464
  store double %125, ptr %233, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg73.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 472
  %234 = getelementptr inbounds nuw i8, ptr %74, i64 472
  store double %125, ptr %234, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg72.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 480
  %235 = getelementptr inbounds nuw i8, ptr %74, i64 480
  store double %125, ptr %235, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg71.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 488
  %236 = getelementptr inbounds nuw i8, ptr %74, i64 488
  store double %125, ptr %236, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg70.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 496
  %237 = getelementptr inbounds nuw i8, ptr %74, i64 496
  store double %125, ptr %237, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg69.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 504
  %238 = getelementptr inbounds nuw i8, ptr %74, i64 504
  store double %125, ptr %238, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg68.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 512
  %239 = getelementptr inbounds nuw i8, ptr %74, i64 512
  store double %125, ptr %239, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg67.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 520
  %240 = getelementptr inbounds nuw i8, ptr %74, i64 520
  store double %125, ptr %240, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg66.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 528
  %241 = getelementptr inbounds nuw i8, ptr %74, i64 528
  store double %125, ptr %241, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg65.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 536
  %242 = getelementptr inbounds nuw i8, ptr %74, i64 536
  store double %125, ptr %242, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg64.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 544
  %243 = getelementptr inbounds nuw i8, ptr %74, i64 544
  store double %125, ptr %243, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg62.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 552
  %244 = getelementptr inbounds nuw i8, ptr %74, i64 552
  store double %125, ptr %244, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg60.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 560
  %245 = getelementptr inbounds nuw i8, ptr %74, i64 560
  store double %122, ptr %245, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg58.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 568
  %246 = getelementptr inbounds nuw i8, ptr %74, i64 568
  store double %120, ptr %246, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg56.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 576
  %247 = getelementptr inbounds nuw i8, ptr %74, i64 576
  store double %118, ptr %247, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg54.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 584
  %248 = getelementptr inbounds nuw i8, ptr %74, i64 584
  store double %116, ptr %248, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg52.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 592
  %249 = getelementptr inbounds nuw i8, ptr %74, i64 592
  store double %114, ptr %249, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg50.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 600
  %250 = getelementptr inbounds nuw i8, ptr %74, i64 600
  store double %112, ptr %250, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg48.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 608
  %251 = getelementptr inbounds nuw i8, ptr %74, i64 608
  store double %110, ptr %251, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg46.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 616
  %252 = getelementptr inbounds nuw i8, ptr %74, i64 616
  store double %108, ptr %252, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg44.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 624
  %253 = getelementptr inbounds nuw i8, ptr %74, i64 624
  store double %106, ptr %253, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg42.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 632
  %254 = getelementptr inbounds nuw i8, ptr %74, i64 632
  store double %104, ptr %254, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg40.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 640
  %255 = getelementptr inbounds nuw i8, ptr %74, i64 640
  store double %102, ptr %255, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg38.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 648
  %256 = getelementptr inbounds nuw i8, ptr %74, i64 648
  store double %100, ptr %256, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg36.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 656
  %257 = getelementptr inbounds nuw i8, ptr %74, i64 656
  store double %98, ptr %257, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg34.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 664
  %258 = getelementptr inbounds nuw i8, ptr %74, i64 664
  store double %96, ptr %258, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg32.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 672
  %259 = getelementptr inbounds nuw i8, ptr %74, i64 672
  store double %94, ptr %259, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg30.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 680
  %260 = getelementptr inbounds nuw i8, ptr %74, i64 680
  store double %92, ptr %260, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg28.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 688
  %261 = getelementptr inbounds nuw i8, ptr %74, i64 688
  store double %90, ptr %261, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg26.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 696
  %262 = getelementptr inbounds nuw i8, ptr %74, i64 696
  store double %88, ptr %262, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg24.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 704
  %263 = getelementptr inbounds nuw i8, ptr %74, i64 704
  store double %86, ptr %263, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg22.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 712
  %264 = getelementptr inbounds nuw i8, ptr %74, i64 712
  store double %84, ptr %264, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg20.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 720
  %265 = getelementptr inbounds nuw i8, ptr %74, i64 720
  store double %82, ptr %265, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg19.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 728
  %266 = getelementptr inbounds nuw i8, ptr %74, i64 728
  store double %77, ptr %266, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg18.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 736
  %267 = getelementptr inbounds nuw i8, ptr %74, i64 736
  store double %77, ptr %267, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg17.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 744
  %268 = getelementptr inbounds nuw i8, ptr %74, i64 744
  store double %77, ptr %268, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg16.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 752
  %269 = getelementptr inbounds nuw i8, ptr %74, i64 752
  store double %77, ptr %269, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg15.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 760
  %270 = getelementptr inbounds nuw i8, ptr %74, i64 760
  store double %77, ptr %270, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg14.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 768
  %271 = getelementptr inbounds nuw i8, ptr %74, i64 768
  store double %77, ptr %271, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg13.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 776
  %272 = getelementptr inbounds nuw i8, ptr %74, i64 776
  store double %77, ptr %272, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg12.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 784
  %273 = getelementptr inbounds nuw i8, ptr %74, i64 784
  store double %77, ptr %273, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg11.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 792
  %274 = getelementptr inbounds nuw i8, ptr %74, i64 792
  store double %77, ptr %274, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg10.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 800
  %275 = getelementptr inbounds nuw i8, ptr %74, i64 800
  store double %77, ptr %275, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg9.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 808
  %276 = getelementptr inbounds nuw i8, ptr %74, i64 808
  store double %77, ptr %276, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg8.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 816
  %277 = getelementptr inbounds nuw i8, ptr %74, i64 816
  store double %77, ptr %277, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg7.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 824
  %278 = getelementptr inbounds nuw i8, ptr %74, i64 824
  store double %77, ptr %278, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  %"'ipg.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 832
  %279 = getelementptr inbounds nuw i8, ptr %74, i64 832
  store double %77, ptr %279, align 8, !tbaa !5, !alias.scope !17, !noalias !20
  store ptr %65, ptr %27, align 8, !alias.scope !22, !noalias !25
  store ptr %65, ptr %.fca.1.gep.i, align 8, !alias.scope !22, !noalias !25
  store i64 0, ptr %.fca.2.gep.i, align 8, !alias.scope !22, !noalias !25
  store i64 2, ptr %.fca.3.0.gep.i, align 8, !alias.scope !22, !noalias !25
  store i64 3, ptr %.fca.3.1.gep.i, align 8, !alias.scope !22, !noalias !25
  store i64 3, ptr %.fca.4.0.gep.i, align 8, !alias.scope !22, !noalias !25
  store i64 1, ptr %.fca.4.1.gep.i, align 8, !alias.scope !22, !noalias !25
  store ptr %7, ptr %26, align 8
  store ptr %8, ptr %.fca.1.gep108.i, align 8
  store i64 %9, ptr %.fca.2.gep110.i, align 8
  store i64 %10, ptr %.fca.3.0.gep112.i, align 8
  store i64 %11, ptr %.fca.4.0.gep114.i, align 8
  store ptr %12, ptr %25, align 8
  store ptr %13, ptr %.fca.1.gep118.i, align 8
  store i64 %14, ptr %.fca.2.gep120.i, align 8
  store i64 %15, ptr %.fca.3.0.gep122.i, align 8
  store i64 %16, ptr %.fca.3.1.gep124.i, align 8
  store i64 %17, ptr %.fca.4.0.gep126.i, align 8
  store i64 %18, ptr %.fca.4.1.gep128.i, align 8
  store ptr %"'mi.i", ptr %"'ipa3.i", align 8, !alias.scope !27, !noalias !30
  store ptr %74, ptr %24, align 8, !alias.scope !30, !noalias !27
  store ptr %"'mi.i", ptr %.fca.1.gep196.i, align 8, !alias.scope !27, !noalias !30
  store ptr %74, ptr %.fca.1.gep132.i, align 8, !alias.scope !30, !noalias !27
  store i64 0, ptr %.fca.2.gep197.i, align 8, !alias.scope !27, !noalias !30
  store i64 0, ptr %.fca.2.gep134.i, align 8, !alias.scope !30, !noalias !27
  store i64 105, ptr %.fca.3.0.gep198.i, align 8, !alias.scope !27, !noalias !30
  store i64 105, ptr %.fca.3.0.gep136.i, align 8, !alias.scope !30, !noalias !27
  store i64 1, ptr %.fca.4.0.gep199.i, align 8, !alias.scope !27, !noalias !30
  store i64 1, ptr %.fca.4.0.gep138.i, align 8, !alias.scope !30, !noalias !27
  %"'mi5.i" = tail call noalias nonnull ptr @_mlir_memref_to_llvm_alloc(i64 8) #8
  store i64 0, ptr %"'mi5.i", align 1
  %280 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 8) #8
  store ptr %"'mi5.i", ptr %"'ipa4.i", align 8, !alias.scope !32, !noalias !35
  store ptr %280, ptr %23, align 8, !alias.scope !35, !noalias !32
  store ptr %"'mi5.i", ptr %.fca.1.gep201.i, align 8, !alias.scope !32, !noalias !35
  store ptr %280, ptr %.fca.1.gep142.i, align 8, !alias.scope !35, !noalias !32
  store i64 0, ptr %.fca.2.gep202.i, align 8, !alias.scope !32, !noalias !35
  store i64 0, ptr %.fca.2.gep144.i, align 8, !alias.scope !35, !noalias !32
  call void @energy_0.quantum(ptr nonnull readonly %27, ptr nonnull readonly %26, ptr nonnull readonly %25, ptr nonnull readonly %24, ptr nonnull readonly %23)
  %281 = load double, ptr %280, align 8, !tbaa !5, !alias.scope !37, !noalias !40
  store double %281, ptr %73, align 8, !tbaa !5, !alias.scope !42, !noalias !45
  %282 = load double, ptr %71, align 64, !tbaa !5, !alias.scope !45, !noalias !42
  store double 0.000000e+00, ptr %71, align 64, !tbaa !5, !alias.scope !45, !noalias !42
  %283 = load double, ptr %"'mi5.i", align 8, !tbaa !5, !alias.scope !40, !noalias !37
  %284 = fadd fast double %283, %282
  store double %284, ptr %"'mi5.i", align 8, !tbaa !5, !alias.scope !40, !noalias !37
  call void @energy_0.quantum.customqgrad(ptr nonnull readonly %27, ptr nonnull readnone poison, ptr nonnull readonly %26, ptr nonnull readonly poison, ptr nonnull readonly %25, ptr nonnull readonly poison, ptr nonnull readnone poison, ptr nonnull readonly %"'ipa3.i", ptr nonnull readnone poison, ptr nonnull readonly %"'ipa4.i", ptr poison)
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %"'mi5.i")
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %280)
  %285 = load double, ptr %"'ipg.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %286 = load double, ptr %"'ipg7.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg7.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %287 = fadd fast double %286, %285
  %288 = load double, ptr %"'ipg8.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg8.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %289 = fadd fast double %287, %288
  %290 = load double, ptr %"'ipg9.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg9.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %291 = fadd fast double %289, %290
  %292 = load double, ptr %"'ipg10.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg10.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %293 = fadd fast double %291, %292
  %294 = load double, ptr %"'ipg11.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg11.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %295 = fadd fast double %293, %294
  %296 = load double, ptr %"'ipg12.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg12.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %297 = fadd fast double %295, %296
  %298 = load double, ptr %"'ipg13.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg13.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %299 = fadd fast double %297, %298
  %300 = load double, ptr %"'ipg14.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg14.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %301 = fadd fast double %299, %300
  %302 = load double, ptr %"'ipg15.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg15.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %303 = fadd fast double %301, %302
  %304 = load double, ptr %"'ipg16.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg16.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %305 = fadd fast double %303, %304
  %306 = load double, ptr %"'ipg17.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg17.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %307 = fadd fast double %305, %306
  %308 = load double, ptr %"'ipg18.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg18.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %309 = fadd fast double %307, %308
  %310 = load double, ptr %"'ipg19.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg19.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %311 = fadd fast double %309, %310
  %312 = load double, ptr %"'ipg20.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg20.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %313 = load double, ptr %"'ipg22.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg22.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %314 = load double, ptr %"'ipg24.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg24.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %315 = load double, ptr %"'ipg26.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg26.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %316 = load double, ptr %"'ipg28.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg28.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %317 = load double, ptr %"'ipg30.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg30.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %318 = load double, ptr %"'ipg32.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg32.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %319 = load double, ptr %"'ipg34.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg34.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %320 = load double, ptr %"'ipg36.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg36.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %321 = load double, ptr %"'ipg38.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg38.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %322 = load double, ptr %"'ipg40.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg40.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %323 = load double, ptr %"'ipg42.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg42.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %324 = load double, ptr %"'ipg44.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg44.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %325 = load double, ptr %"'ipg46.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg46.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %326 = load double, ptr %"'ipg48.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg48.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %327 = load double, ptr %"'ipg50.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg50.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %328 = load double, ptr %"'ipg52.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg52.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %329 = load double, ptr %"'ipg54.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg54.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %330 = load double, ptr %"'ipg56.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg56.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %331 = load double, ptr %"'ipg58.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg58.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %332 = load double, ptr %"'ipg60.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg60.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %333 = load double, ptr %"'ipg62.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg62.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %334 = load double, ptr %"'ipg64.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg64.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %335 = fadd fast double %334, %333
  %336 = load double, ptr %"'ipg65.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg65.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %337 = fadd fast double %335, %336
  %338 = load double, ptr %"'ipg66.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg66.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %339 = fadd fast double %337, %338
  %340 = load double, ptr %"'ipg67.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg67.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %341 = fadd fast double %339, %340
  %342 = load double, ptr %"'ipg68.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg68.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %343 = fadd fast double %341, %342
  %344 = load double, ptr %"'ipg69.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg69.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %345 = fadd fast double %343, %344
  %346 = load double, ptr %"'ipg70.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg70.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %347 = fadd fast double %345, %346
  %348 = load double, ptr %"'ipg71.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg71.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %349 = fadd fast double %347, %348
  %350 = load double, ptr %"'ipg72.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg72.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %351 = fadd fast double %349, %350
  %352 = load double, ptr %"'ipg73.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg73.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %353 = fadd fast double %351, %352
  %354 = load double, ptr %"'ipg74.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg74.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %355 = fadd fast double %353, %354
  %356 = load double, ptr %"'ipg75.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg75.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %357 = fadd fast double %355, %356
  %358 = load double, ptr %"'ipg76.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg76.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %359 = fadd fast double %357, %358
  %360 = load double, ptr %"'ipg77.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg77.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %361 = load double, ptr %"'ipg79.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg79.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %362 = load double, ptr %"'ipg81.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg81.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %363 = load double, ptr %"'ipg83.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg83.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %364 = load double, ptr %"'ipg85.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg85.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %365 = load double, ptr %"'ipg87.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg87.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %366 = load double, ptr %"'ipg89.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg89.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %367 = load double, ptr %"'ipg91.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg91.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %368 = load double, ptr %"'ipg93.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg93.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %369 = load double, ptr %"'ipg95.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg95.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %370 = load double, ptr %"'ipg97.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg97.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %371 = load double, ptr %"'ipg99.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg99.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %372 = load double, ptr %"'ipg101.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg101.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %373 = load double, ptr %"'ipg103.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg103.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %374 = load double, ptr %"'ipg105.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg105.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %375 = load double, ptr %"'ipg107.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg107.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %376 = load double, ptr %"'ipg109.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg109.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %377 = load double, ptr %"'ipg111.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg111.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %378 = load double, ptr %"'ipg113.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg113.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %379 = load double, ptr %"'ipg115.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg115.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %380 = load double, ptr %"'ipg117.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg117.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %381 = load double, ptr %"'ipg119.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg119.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %382 = load double, ptr %"'ipg121.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg121.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %383 = fadd fast double %382, %381
  %384 = load double, ptr %"'ipg122.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg122.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %385 = fadd fast double %383, %384
  %386 = load double, ptr %"'ipg123.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg123.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %387 = fadd fast double %385, %386
  %388 = load double, ptr %"'ipg124.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg124.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %389 = fadd fast double %387, %388
  %390 = load double, ptr %"'ipg125.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg125.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %391 = fadd fast double %389, %390
  %392 = load double, ptr %"'ipg126.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg126.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %393 = fadd fast double %391, %392
  %394 = load double, ptr %"'ipg127.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg127.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %395 = fadd fast double %393, %394
  %396 = load double, ptr %"'ipg128.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg128.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %397 = fadd fast double %395, %396
  %398 = load double, ptr %"'ipg129.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg129.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %399 = fadd fast double %397, %398
  %400 = load double, ptr %"'ipg130.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg130.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %401 = fadd fast double %399, %400
  %402 = load double, ptr %"'ipg131.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg131.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %403 = fadd fast double %401, %402
  %404 = load double, ptr %"'ipg132.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg132.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %405 = fadd fast double %403, %404
  %406 = load double, ptr %"'ipg133.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg133.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %407 = fadd fast double %405, %406
  %408 = load double, ptr %"'ipg134.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg134.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %409 = load double, ptr %"'ipg136.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg136.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %410 = load double, ptr %"'ipg138.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg138.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %411 = load double, ptr %"'ipg140.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg140.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %412 = load double, ptr %"'ipg142.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg142.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %413 = load double, ptr %"'ipg144.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg144.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %414 = load double, ptr %"'ipg146.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg146.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %415 = load double, ptr %"'ipg148.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg148.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %416 = load double, ptr %"'ipg150.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg150.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %417 = load double, ptr %"'ipg152.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg152.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %418 = load double, ptr %"'ipg154.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg154.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %419 = load double, ptr %"'ipg156.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg156.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %420 = load double, ptr %"'ipg158.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg158.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %421 = load double, ptr %"'ipg160.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg160.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %422 = load double, ptr %"'ipg162.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg162.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %423 = load double, ptr %"'ipg164.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg164.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %424 = load double, ptr %"'ipg166.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg166.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %425 = load double, ptr %"'ipg168.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg168.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %426 = load double, ptr %"'ipg170.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg170.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %427 = load double, ptr %"'ipg172.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'ipg172.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %428 = load double, ptr %"'mi.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  store double 0.000000e+00, ptr %"'mi.i", align 8, !tbaa !5, !alias.scope !20, !noalias !17
  %429 = fmul fast double %428, %121
  %430 = fmul fast double %427, %119
  %431 = fmul fast double %426, %117
  %432 = fmul fast double %425, %115
  %433 = fmul fast double %424, %113
  %434 = fmul fast double %423, %111
  %435 = fmul fast double %422, %109
  %436 = fmul fast double %421, %107
  %437 = fmul fast double %420, %105
  %438 = fmul fast double %419, %103
  %439 = fmul fast double %418, %101
  %440 = fmul fast double %417, %99
  %441 = fmul fast double %416, %97
  %442 = fmul fast double %415, %95
  %443 = fmul fast double %414, %93
  %444 = fmul fast double %413, %91
  %445 = fmul fast double %412, %89
  %446 = fmul fast double %411, %87
  %447 = fmul fast double %410, %85
  %448 = fmul fast double %409, %83
  %449 = fmul fast double %408, %81
  %450 = fadd fast double %448, %449
  %451 = fadd fast double %450, %447
  %452 = fadd fast double %451, %446
  %453 = fadd fast double %452, %445
  %454 = fadd fast double %453, %444
  %455 = fadd fast double %454, %443
  %456 = fadd fast double %455, %442
  %457 = fadd fast double %456, %441
  %458 = fadd fast double %457, %440
  %459 = fadd fast double %458, %439
  %460 = fadd fast double %459, %438
  %461 = fadd fast double %460, %437
  %462 = fadd fast double %461, %436
  %463 = fadd fast double %462, %435
  %464 = fadd fast double %463, %434
  %465 = fadd fast double %464, %433
  %466 = fadd fast double %465, %432
  %467 = fadd fast double %466, %431
  %468 = fadd fast double %467, %430
  %469 = fadd fast double %468, %429
  %470 = fmul fast double %469, 2.000000e+00
  %471 = load double, ptr %72, align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %472 = fadd fast double %470, %471
  store double %472, ptr %72, align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %473 = fmul fast double %407, 2.000000e+00
  %474 = load double, ptr %"'ipg178.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %475 = fadd fast double %474, %473
  store double %475, ptr %"'ipg178.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %476 = fmul fast double %380, %121
  %477 = fmul fast double %379, %119
  %478 = fmul fast double %378, %117
  %479 = fmul fast double %377, %115
  %480 = fmul fast double %376, %113
  %481 = fmul fast double %375, %111
  %482 = fmul fast double %374, %109
  %483 = fmul fast double %373, %107
  %484 = fmul fast double %372, %105
  %485 = fmul fast double %371, %103
  %486 = fmul fast double %370, %101
  %487 = fmul fast double %369, %99
  %488 = fmul fast double %368, %97
  %489 = fmul fast double %367, %95
  %490 = fmul fast double %366, %93
  %491 = fmul fast double %365, %91
  %492 = fmul fast double %364, %89
  %493 = fmul fast double %363, %87
  %494 = fmul fast double %362, %85
  %495 = fmul fast double %361, %83
  %496 = fmul fast double %360, %81
  %497 = fadd fast double %495, %496
  %498 = fadd fast double %497, %494
  %499 = fadd fast double %498, %493
  %500 = fadd fast double %499, %492
  %501 = fadd fast double %500, %491
  %502 = fadd fast double %501, %490
  %503 = fadd fast double %502, %489
  %504 = fadd fast double %503, %488
  %505 = fadd fast double %504, %487
  %506 = fadd fast double %505, %486
  %507 = fadd fast double %506, %485
  %508 = fadd fast double %507, %484
  %509 = fadd fast double %508, %483
  %510 = fadd fast double %509, %482
  %511 = fadd fast double %510, %481
  %512 = fadd fast double %511, %480
  %513 = fadd fast double %512, %479
  %514 = fadd fast double %513, %478
  %515 = fadd fast double %514, %477
  %516 = fadd fast double %515, %476
  %517 = fmul fast double %516, 2.000000e+00
  %518 = load double, ptr %"'ipg181.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %519 = fadd fast double %518, %517
  store double %519, ptr %"'ipg181.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %520 = fmul fast double %359, 2.000000e+00
  %521 = load double, ptr %"'ipg183.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %522 = fadd fast double %521, %520
  store double %522, ptr %"'ipg183.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %523 = fmul fast double %332, %121
  %524 = fmul fast double %331, %119
  %525 = fmul fast double %330, %117
  %526 = fmul fast double %329, %115
  %527 = fmul fast double %328, %113
  %528 = fmul fast double %327, %111
  %529 = fmul fast double %326, %109
  %530 = fmul fast double %325, %107
  %531 = fmul fast double %324, %105
  %532 = fmul fast double %323, %103
  %533 = fmul fast double %322, %101
  %534 = fmul fast double %321, %99
  %535 = fmul fast double %320, %97
  %536 = fmul fast double %319, %95
  %537 = fmul fast double %318, %93
  %538 = fmul fast double %317, %91
  %539 = fmul fast double %316, %89
  %540 = fmul fast double %315, %87
  %541 = fmul fast double %314, %85
  %542 = fmul fast double %313, %83
  %543 = fmul fast double %312, %81
  %544 = fadd fast double %542, %543
  %545 = fadd fast double %544, %541
  %546 = fadd fast double %545, %540
  %547 = fadd fast double %546, %539
  %548 = fadd fast double %547, %538
  %549 = fadd fast double %548, %537
  %550 = fadd fast double %549, %536
  %551 = fadd fast double %550, %535
  %552 = fadd fast double %551, %534
  %553 = fadd fast double %552, %533
  %554 = fadd fast double %553, %532
  %555 = fadd fast double %554, %531
  %556 = fadd fast double %555, %530
  %557 = fadd fast double %556, %529
  %558 = fadd fast double %557, %528
  %559 = fadd fast double %558, %527
  %560 = fadd fast double %559, %526
  %561 = fadd fast double %560, %525
  %562 = fadd fast double %561, %524
  %563 = fadd fast double %562, %523
  %564 = fmul fast double %563, 2.000000e+00
  %565 = load double, ptr %"'ipg186.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %566 = fadd fast double %565, %564
  store double %566, ptr %"'ipg186.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %567 = fmul fast double %311, 2.000000e+00
  %568 = load double, ptr %"'ipg188.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  %569 = fadd fast double %568, %567
  store double %569, ptr %"'ipg188.i", align 8, !tbaa !5, !alias.scope !10, !noalias !7
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %"'mi.i")
  tail call void @_mlir_memref_to_llvm_free(ptr %74)
  call void @llvm.lifetime.end.p0(ptr nonnull %"'ipa4.i")
  call void @llvm.lifetime.end.p0(ptr nonnull %23)
  call void @llvm.lifetime.end.p0(ptr nonnull %"'ipa3.i")
  call void @llvm.lifetime.end.p0(ptr nonnull %24)
  call void @llvm.lifetime.end.p0(ptr nonnull %25)
  call void @llvm.lifetime.end.p0(ptr nonnull %26)
  call void @llvm.lifetime.end.p0(ptr nonnull %27)
  tail call void @_mlir_memref_to_llvm_free(ptr %67)
  %570 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %571 = ptrtoint ptr %570 to i64
  %572 = add i64 %571, 63
  %573 = and i64 %572, -64
  %574 = inttoptr i64 %573 to ptr
  store double 5.000000e-02, ptr %574, align 64, !tbaa !5
  %575 = getelementptr i8, ptr %574, i64 8
  store double 5.000000e-02, ptr %575, align 8, !tbaa !5
  %576 = getelementptr i8, ptr %574, i64 16
  store double 5.000000e-02, ptr %576, align 16, !tbaa !5
  %577 = getelementptr i8, ptr %574, i64 24
  store double 5.000000e-02, ptr %577, align 8, !tbaa !5
  %578 = getelementptr i8, ptr %574, i64 32
  store double 5.000000e-02, ptr %578, align 32, !tbaa !5
  %579 = getelementptr i8, ptr %574, i64 40
  store double 5.000000e-02, ptr %579, align 8, !tbaa !5
  %580 = load double, ptr %72, align 8, !tbaa !5
  %581 = fmul double %580, 5.000000e-02
  store double %581, ptr %574, align 64, !tbaa !5
  %582 = load double, ptr %"'ipg181.i", align 8, !tbaa !5
  %583 = fmul double %582, 5.000000e-02
  store double %583, ptr %575, align 8, !tbaa !5
  %584 = load double, ptr %"'ipg186.i", align 8, !tbaa !5
  %585 = fmul double %584, 5.000000e-02
  store double %585, ptr %576, align 16, !tbaa !5
  %586 = load double, ptr %"'ipg178.i", align 8, !tbaa !5
  %587 = fmul double %586, 5.000000e-02
  store double %587, ptr %577, align 8, !tbaa !5
  %588 = load double, ptr %"'ipg183.i", align 8, !tbaa !5
  %589 = fmul double %588, 5.000000e-02
  store double %589, ptr %578, align 32, !tbaa !5
  %590 = load double, ptr %"'ipg188.i", align 8, !tbaa !5
  %591 = fmul double %590, 5.000000e-02
  store double %591, ptr %579, align 8, !tbaa !5
  %592 = load double, ptr %65, align 8, !tbaa !5
  %593 = fsub double %592, %581
  store double %593, ptr %574, align 64, !tbaa !5
  %594 = load double, ptr %126, align 8, !tbaa !5
  %595 = fsub double %594, %583
  store double %595, ptr %575, align 8, !tbaa !5
  %596 = load double, ptr %78, align 8, !tbaa !5
  %597 = fsub double %596, %585
  store double %597, ptr %576, align 16, !tbaa !5
  %598 = load double, ptr %150, align 8, !tbaa !5
  %599 = fsub double %598, %587
  store double %599, ptr %577, align 8, !tbaa !5
  %600 = load double, ptr %123, align 8, !tbaa !5
  %601 = fsub double %600, %589
  store double %601, ptr %578, align 32, !tbaa !5
  %602 = load double, ptr %75, align 8, !tbaa !5
  %603 = fsub double %602, %591
  store double %603, ptr %579, align 8, !tbaa !5
  %604 = add nuw nsw i64 %66, 1
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %65)
  %605 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %605, ptr noundef nonnull align 64 dereferenceable(48) %574, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr %570)
  %606 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %607 = ptrtoint ptr %606 to i64
  %608 = add i64 %607, 63
  %609 = and i64 %608, -64
  %610 = inttoptr i64 %609 to ptr
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 64 dereferenceable(48) %610, ptr noundef nonnull align 1 dereferenceable(48) %605, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %605)
  %611 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %611, ptr noundef nonnull align 64 dereferenceable(48) %610, i64 48, i1 false)
  tail call void @_mlir_memref_to_llvm_free(ptr %606)
  %exitcond.not = icmp eq i64 %604, %28
  br i1 %exitcond.not, label %._crit_edge, label %.lr.ph

._crit_edge:                                      ; preds = %.lr.ph, %22
  %.lcssa = phi ptr [ %44, %22 ], [ %611, %.lr.ph ]
  %612 = icmp eq ptr %.lcssa, inttoptr (i64 3735928559 to ptr)
  br i1 %612, label %613, label %615

613:                                              ; preds = %._crit_edge
  %614 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 1 dereferenceable(48) %614, ptr noundef nonnull align 1 dereferenceable(48) inttoptr (i64 3735928559 to ptr), i64 48, i1 false)
  br label %615

615:                                              ; preds = %613, %._crit_edge
  %.pn27 = phi ptr [ %614, %613 ], [ %.lcssa, %._crit_edge ]
  %.pn26 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %.pn27, 0
  %.pn24 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn26, ptr %.pn27, 1
  %.pn22 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn24, i64 0, 2
  %.pn20 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn22, i64 2, 3, 0
  %.pn18 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn20, i64 3, 3, 1
  %.pn = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn18, i64 3, 4, 0
  %616 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %.pn, i64 1, 4, 1
  ret { ptr, ptr, i64, [2 x i64], [2 x i64] } %616
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
  %27 = getelementptr inbounds nuw i8, ptr %8, i64 160
  %28 = load double, ptr %27, align 8, !tbaa !5
  %29 = fmul double %26, %28
  %30 = getelementptr inbounds nuw i8, ptr %8, i64 152
  %31 = load double, ptr %30, align 8, !tbaa !5
  %32 = fmul double %26, %31
  %33 = getelementptr inbounds nuw i8, ptr %8, i64 144
  %34 = load double, ptr %33, align 8, !tbaa !5
  %35 = fmul double %26, %34
  %36 = getelementptr inbounds nuw i8, ptr %8, i64 136
  %37 = load double, ptr %36, align 8, !tbaa !5
  %38 = fmul double %26, %37
  %39 = getelementptr inbounds nuw i8, ptr %8, i64 128
  %40 = load double, ptr %39, align 8, !tbaa !5
  %41 = fmul double %26, %40
  %42 = getelementptr inbounds nuw i8, ptr %8, i64 120
  %43 = load double, ptr %42, align 8, !tbaa !5
  %44 = fmul double %26, %43
  %45 = getelementptr inbounds nuw i8, ptr %8, i64 112
  %46 = load double, ptr %45, align 8, !tbaa !5
  %47 = fmul double %26, %46
  %48 = getelementptr inbounds nuw i8, ptr %8, i64 104
  %49 = load double, ptr %48, align 8, !tbaa !5
  %50 = fmul double %26, %49
  %51 = getelementptr inbounds nuw i8, ptr %8, i64 96
  %52 = load double, ptr %51, align 8, !tbaa !5
  %53 = fmul double %26, %52
  %54 = getelementptr inbounds nuw i8, ptr %8, i64 88
  %55 = load double, ptr %54, align 8, !tbaa !5
  %56 = fmul double %26, %55
  %57 = getelementptr inbounds nuw i8, ptr %8, i64 80
  %58 = load double, ptr %57, align 8, !tbaa !5
  %59 = fmul double %26, %58
  %60 = getelementptr inbounds nuw i8, ptr %8, i64 72
  %61 = load double, ptr %60, align 8, !tbaa !5
  %62 = fmul double %26, %61
  %63 = getelementptr inbounds nuw i8, ptr %8, i64 64
  %64 = load double, ptr %63, align 8, !tbaa !5
  %65 = fmul double %26, %64
  %66 = getelementptr inbounds nuw i8, ptr %8, i64 56
  %67 = load double, ptr %66, align 8, !tbaa !5
  %68 = fmul double %26, %67
  %69 = getelementptr inbounds nuw i8, ptr %8, i64 48
  %70 = load double, ptr %69, align 8, !tbaa !5
  %71 = fmul double %26, %70
  %72 = getelementptr inbounds nuw i8, ptr %8, i64 40
  %73 = load double, ptr %72, align 8, !tbaa !5
  %74 = fmul double %26, %73
  %75 = getelementptr inbounds nuw i8, ptr %8, i64 32
  %76 = load double, ptr %75, align 8, !tbaa !5
  %77 = fmul double %26, %76
  %78 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %79 = load double, ptr %78, align 8, !tbaa !5
  %80 = fmul double %26, %79
  %81 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %82 = load double, ptr %81, align 8, !tbaa !5
  %83 = fmul double %26, %82
  %84 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %85 = load double, ptr %84, align 8, !tbaa !5
  %86 = fmul double %26, %85
  %87 = load double, ptr %8, align 8, !tbaa !5
  %88 = fmul double %26, %87
  %89 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %90 = load double, ptr %89, align 8, !tbaa !5
  %91 = fmul double %90, 2.000000e+00
  %92 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %93 = load double, ptr %92, align 8, !tbaa !5
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
  %117 = load double, ptr %116, align 8, !tbaa !5
  %118 = fmul double %117, 2.000000e+00
  %119 = load double, ptr %1, align 8, !tbaa !5
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
  %171 = load i64, ptr %13, align 4, !tbaa !2
  %172 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %171)
  %173 = load ptr, ptr %172, align 8
  %174 = getelementptr inbounds nuw i8, ptr %13, i64 8
  %175 = load i64, ptr %174, align 4, !tbaa !2
  %176 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %175)
  %177 = load ptr, ptr %176, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %141, ptr null, i64 2, ptr %173, ptr %177)
  %178 = getelementptr inbounds nuw i8, ptr %13, i64 16
  %179 = load i64, ptr %178, align 4, !tbaa !2
  %180 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %179)
  %181 = load ptr, ptr %180, align 8
  %182 = getelementptr inbounds nuw i8, ptr %13, i64 24
  %183 = load i64, ptr %182, align 4, !tbaa !2
  %184 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %183)
  %185 = load ptr, ptr %184, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %140, ptr null, i64 2, ptr %181, ptr %185)
  %186 = getelementptr inbounds nuw i8, ptr %13, i64 32
  %187 = load i64, ptr %186, align 4, !tbaa !2
  %188 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %187)
  %189 = load ptr, ptr %188, align 8
  %190 = getelementptr inbounds nuw i8, ptr %13, i64 40
  %191 = load i64, ptr %190, align 4, !tbaa !2
  %192 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %191)
  %193 = load ptr, ptr %192, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %139, ptr null, i64 2, ptr %189, ptr %193)
  %194 = getelementptr inbounds nuw i8, ptr %13, i64 48
  %195 = load i64, ptr %194, align 4, !tbaa !2
  %196 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %195)
  %197 = load ptr, ptr %196, align 8
  %198 = getelementptr inbounds nuw i8, ptr %13, i64 56
  %199 = load i64, ptr %198, align 4, !tbaa !2
  %200 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %199)
  %201 = load ptr, ptr %200, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %138, ptr null, i64 2, ptr %197, ptr %201)
  %202 = getelementptr inbounds nuw i8, ptr %13, i64 64
  %203 = load i64, ptr %202, align 4, !tbaa !2
  %204 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %203)
  %205 = load ptr, ptr %204, align 8
  %206 = getelementptr inbounds nuw i8, ptr %13, i64 72
  %207 = load i64, ptr %206, align 4, !tbaa !2
  %208 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %207)
  %209 = load ptr, ptr %208, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %137, ptr null, i64 2, ptr %205, ptr %209)
  %210 = getelementptr inbounds nuw i8, ptr %13, i64 80
  %211 = load i64, ptr %210, align 4, !tbaa !2
  %212 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %211)
  %213 = load ptr, ptr %212, align 8
  %214 = getelementptr inbounds nuw i8, ptr %13, i64 88
  %215 = load i64, ptr %214, align 4, !tbaa !2
  %216 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %215)
  %217 = load ptr, ptr %216, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %136, ptr null, i64 2, ptr %213, ptr %217)
  %218 = getelementptr inbounds nuw i8, ptr %13, i64 96
  %219 = load i64, ptr %218, align 4, !tbaa !2
  %220 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %219)
  %221 = load ptr, ptr %220, align 8
  %222 = getelementptr inbounds nuw i8, ptr %13, i64 104
  %223 = load i64, ptr %222, align 4, !tbaa !2
  %224 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %223)
  %225 = load ptr, ptr %224, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %135, ptr null, i64 2, ptr %221, ptr %225)
  %226 = getelementptr inbounds nuw i8, ptr %13, i64 112
  %227 = load i64, ptr %226, align 4, !tbaa !2
  %228 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %227)
  %229 = load ptr, ptr %228, align 8
  %230 = getelementptr inbounds nuw i8, ptr %13, i64 120
  %231 = load i64, ptr %230, align 4, !tbaa !2
  %232 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %231)
  %233 = load ptr, ptr %232, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %134, ptr null, i64 2, ptr %229, ptr %233)
  %234 = getelementptr inbounds nuw i8, ptr %13, i64 128
  %235 = load i64, ptr %234, align 4, !tbaa !2
  %236 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %235)
  %237 = load ptr, ptr %236, align 8
  %238 = getelementptr inbounds nuw i8, ptr %13, i64 136
  %239 = load i64, ptr %238, align 4, !tbaa !2
  %240 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %239)
  %241 = load ptr, ptr %240, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %133, ptr null, i64 2, ptr %237, ptr %241)
  %242 = getelementptr inbounds nuw i8, ptr %13, i64 144
  %243 = load i64, ptr %242, align 4, !tbaa !2
  %244 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %243)
  %245 = load ptr, ptr %244, align 8
  %246 = getelementptr inbounds nuw i8, ptr %13, i64 152
  %247 = load i64, ptr %246, align 4, !tbaa !2
  %248 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %247)
  %249 = load ptr, ptr %248, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %132, ptr null, i64 2, ptr %245, ptr %249)
  %250 = getelementptr inbounds nuw i8, ptr %13, i64 160
  %251 = load i64, ptr %250, align 4, !tbaa !2
  %252 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %251)
  %253 = load ptr, ptr %252, align 8
  %254 = getelementptr inbounds nuw i8, ptr %13, i64 168
  %255 = load i64, ptr %254, align 4, !tbaa !2
  %256 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %255)
  %257 = load ptr, ptr %256, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %131, ptr null, i64 2, ptr %253, ptr %257)
  %258 = getelementptr inbounds nuw i8, ptr %13, i64 176
  %259 = load i64, ptr %258, align 4, !tbaa !2
  %260 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %259)
  %261 = load ptr, ptr %260, align 8
  %262 = getelementptr inbounds nuw i8, ptr %13, i64 184
  %263 = load i64, ptr %262, align 4, !tbaa !2
  %264 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %263)
  %265 = load ptr, ptr %264, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %130, ptr null, i64 2, ptr %261, ptr %265)
  %266 = getelementptr inbounds nuw i8, ptr %13, i64 192
  %267 = load i64, ptr %266, align 4, !tbaa !2
  %268 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %267)
  %269 = load ptr, ptr %268, align 8
  %270 = getelementptr inbounds nuw i8, ptr %13, i64 200
  %271 = load i64, ptr %270, align 4, !tbaa !2
  %272 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %271)
  %273 = load ptr, ptr %272, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %129, ptr null, i64 2, ptr %269, ptr %273)
  %274 = getelementptr inbounds nuw i8, ptr %13, i64 208
  %275 = load i64, ptr %274, align 4, !tbaa !2
  %276 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %275)
  %277 = load ptr, ptr %276, align 8
  %278 = getelementptr inbounds nuw i8, ptr %13, i64 216
  %279 = load i64, ptr %278, align 4, !tbaa !2
  %280 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %279)
  %281 = load ptr, ptr %280, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %128, ptr null, i64 2, ptr %277, ptr %281)
  %282 = getelementptr inbounds nuw i8, ptr %13, i64 224
  %283 = load i64, ptr %282, align 4, !tbaa !2
  %284 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %283)
  %285 = load ptr, ptr %284, align 8
  %286 = getelementptr inbounds nuw i8, ptr %13, i64 232
  %287 = load i64, ptr %286, align 4, !tbaa !2
  %288 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %287)
  %289 = load ptr, ptr %288, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %127, ptr null, i64 2, ptr %285, ptr %289)
  %290 = getelementptr inbounds nuw i8, ptr %13, i64 240
  %291 = load i64, ptr %290, align 4, !tbaa !2
  %292 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %291)
  %293 = load ptr, ptr %292, align 8
  %294 = getelementptr inbounds nuw i8, ptr %13, i64 248
  %295 = load i64, ptr %294, align 4, !tbaa !2
  %296 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %295)
  %297 = load ptr, ptr %296, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %126, ptr null, i64 2, ptr %293, ptr %297)
  %298 = getelementptr inbounds nuw i8, ptr %13, i64 256
  %299 = load i64, ptr %298, align 4, !tbaa !2
  %300 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %299)
  %301 = load ptr, ptr %300, align 8
  %302 = getelementptr inbounds nuw i8, ptr %13, i64 264
  %303 = load i64, ptr %302, align 4, !tbaa !2
  %304 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %303)
  %305 = load ptr, ptr %304, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %125, ptr null, i64 2, ptr %301, ptr %305)
  %306 = getelementptr inbounds nuw i8, ptr %13, i64 272
  %307 = load i64, ptr %306, align 4, !tbaa !2
  %308 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %307)
  %309 = load ptr, ptr %308, align 8
  %310 = getelementptr inbounds nuw i8, ptr %13, i64 280
  %311 = load i64, ptr %310, align 4, !tbaa !2
  %312 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %311)
  %313 = load ptr, ptr %312, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %124, ptr null, i64 2, ptr %309, ptr %313)
  %314 = getelementptr inbounds nuw i8, ptr %13, i64 288
  %315 = load i64, ptr %314, align 4, !tbaa !2
  %316 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %315)
  %317 = load ptr, ptr %316, align 8
  %318 = getelementptr inbounds nuw i8, ptr %13, i64 296
  %319 = load i64, ptr %318, align 4, !tbaa !2
  %320 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %319)
  %321 = load ptr, ptr %320, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %123, ptr null, i64 2, ptr %317, ptr %321)
  %322 = getelementptr inbounds nuw i8, ptr %13, i64 304
  %323 = load i64, ptr %322, align 4, !tbaa !2
  %324 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %323)
  %325 = load ptr, ptr %324, align 8
  %326 = getelementptr inbounds nuw i8, ptr %13, i64 312
  %327 = load i64, ptr %326, align 4, !tbaa !2
  %328 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %327)
  %329 = load ptr, ptr %328, align 8
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %122, ptr null, i64 2, ptr %325, ptr %329)
  %330 = getelementptr inbounds nuw i8, ptr %13, i64 320
  %331 = load i64, ptr %330, align 4, !tbaa !2
  %332 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %142, i64 %331)
  %333 = load ptr, ptr %332, align 8
  %334 = getelementptr inbounds nuw i8, ptr %13, i64 328
  %335 = load i64, ptr %334, align 4, !tbaa !2
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
define noundef i64 @energy_0.pcount(ptr readnone captures(none) %0, ptr readnone captures(none) %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr readnone captures(none) %7, ptr readnone captures(none) %8, i64 %9, i64 %10, i64 %11, ptr readnone captures(none) %12, ptr readnone captures(none) %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18) local_unnamed_addr #2 {
  ret i64 105
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
  %42 = load i64, ptr %12, align 4, !tbaa !2
  %43 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %44 = load ptr, ptr %43, align 8
  %45 = getelementptr inbounds nuw i8, ptr %12, i64 8
  %46 = load i64, ptr %45, align 4, !tbaa !2
  %47 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %48 = load ptr, ptr %47, align 8
  %49 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %50 = load double, ptr %49, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %50, ptr null, i64 2, ptr %44, ptr %48)
  %51 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %52 = load i64, ptr %51, align 4, !tbaa !2
  %53 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %54 = load ptr, ptr %53, align 8
  %55 = getelementptr inbounds nuw i8, ptr %12, i64 24
  %56 = load i64, ptr %55, align 4, !tbaa !2
  %57 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %58 = load ptr, ptr %57, align 8
  %59 = getelementptr inbounds nuw i8, ptr %49, i64 8
  %60 = load double, ptr %59, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %60, ptr null, i64 2, ptr %54, ptr %58)
  %61 = getelementptr inbounds nuw i8, ptr %12, i64 32
  %62 = load i64, ptr %61, align 4, !tbaa !2
  %63 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %62)
  %64 = load ptr, ptr %63, align 8
  %65 = getelementptr inbounds nuw i8, ptr %12, i64 40
  %66 = load i64, ptr %65, align 4, !tbaa !2
  %67 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %66)
  %68 = load ptr, ptr %67, align 8
  %69 = getelementptr inbounds nuw i8, ptr %49, i64 16
  %70 = load double, ptr %69, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %70, ptr null, i64 2, ptr %64, ptr %68)
  %71 = getelementptr inbounds nuw i8, ptr %12, i64 48
  %72 = load i64, ptr %71, align 4, !tbaa !2
  %73 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %72)
  %74 = load ptr, ptr %73, align 8
  %75 = getelementptr inbounds nuw i8, ptr %12, i64 56
  %76 = load i64, ptr %75, align 4, !tbaa !2
  %77 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %76)
  %78 = load ptr, ptr %77, align 8
  %79 = getelementptr inbounds nuw i8, ptr %49, i64 24
  %80 = load double, ptr %79, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %80, ptr null, i64 2, ptr %74, ptr %78)
  %81 = getelementptr inbounds nuw i8, ptr %12, i64 64
  %82 = load i64, ptr %81, align 4, !tbaa !2
  %83 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %82)
  %84 = load ptr, ptr %83, align 8
  %85 = getelementptr inbounds nuw i8, ptr %12, i64 72
  %86 = load i64, ptr %85, align 4, !tbaa !2
  %87 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %86)
  %88 = load ptr, ptr %87, align 8
  %89 = getelementptr inbounds nuw i8, ptr %49, i64 32
  %90 = load double, ptr %89, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %90, ptr null, i64 2, ptr %84, ptr %88)
  %91 = getelementptr inbounds nuw i8, ptr %12, i64 80
  %92 = load i64, ptr %91, align 4, !tbaa !2
  %93 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %92)
  %94 = load ptr, ptr %93, align 8
  %95 = getelementptr inbounds nuw i8, ptr %12, i64 88
  %96 = load i64, ptr %95, align 4, !tbaa !2
  %97 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %96)
  %98 = load ptr, ptr %97, align 8
  %99 = getelementptr inbounds nuw i8, ptr %49, i64 40
  %100 = load double, ptr %99, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %100, ptr null, i64 2, ptr %94, ptr %98)
  %101 = getelementptr inbounds nuw i8, ptr %12, i64 96
  %102 = load i64, ptr %101, align 4, !tbaa !2
  %103 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %102)
  %104 = load ptr, ptr %103, align 8
  %105 = getelementptr inbounds nuw i8, ptr %12, i64 104
  %106 = load i64, ptr %105, align 4, !tbaa !2
  %107 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %106)
  %108 = load ptr, ptr %107, align 8
  %109 = getelementptr inbounds nuw i8, ptr %49, i64 48
  %110 = load double, ptr %109, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %110, ptr null, i64 2, ptr %104, ptr %108)
  %111 = getelementptr inbounds nuw i8, ptr %12, i64 112
  %112 = load i64, ptr %111, align 4, !tbaa !2
  %113 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %112)
  %114 = load ptr, ptr %113, align 8
  %115 = getelementptr inbounds nuw i8, ptr %12, i64 120
  %116 = load i64, ptr %115, align 4, !tbaa !2
  %117 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %116)
  %118 = load ptr, ptr %117, align 8
  %119 = getelementptr inbounds nuw i8, ptr %49, i64 56
  %120 = load double, ptr %119, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %120, ptr null, i64 2, ptr %114, ptr %118)
  %121 = getelementptr inbounds nuw i8, ptr %12, i64 128
  %122 = load i64, ptr %121, align 4, !tbaa !2
  %123 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %122)
  %124 = load ptr, ptr %123, align 8
  %125 = getelementptr inbounds nuw i8, ptr %12, i64 136
  %126 = load i64, ptr %125, align 4, !tbaa !2
  %127 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %126)
  %128 = load ptr, ptr %127, align 8
  %129 = getelementptr inbounds nuw i8, ptr %49, i64 64
  %130 = load double, ptr %129, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %130, ptr null, i64 2, ptr %124, ptr %128)
  %131 = getelementptr inbounds nuw i8, ptr %12, i64 144
  %132 = load i64, ptr %131, align 4, !tbaa !2
  %133 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %132)
  %134 = load ptr, ptr %133, align 8
  %135 = getelementptr inbounds nuw i8, ptr %12, i64 152
  %136 = load i64, ptr %135, align 4, !tbaa !2
  %137 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %136)
  %138 = load ptr, ptr %137, align 8
  %139 = getelementptr inbounds nuw i8, ptr %49, i64 72
  %140 = load double, ptr %139, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %140, ptr null, i64 2, ptr %134, ptr %138)
  %141 = getelementptr inbounds nuw i8, ptr %12, i64 160
  %142 = load i64, ptr %141, align 4, !tbaa !2
  %143 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %142)
  %144 = load ptr, ptr %143, align 8
  %145 = getelementptr inbounds nuw i8, ptr %12, i64 168
  %146 = load i64, ptr %145, align 4, !tbaa !2
  %147 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %146)
  %148 = load ptr, ptr %147, align 8
  %149 = getelementptr inbounds nuw i8, ptr %49, i64 80
  %150 = load double, ptr %149, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %150, ptr null, i64 2, ptr %144, ptr %148)
  %151 = getelementptr inbounds nuw i8, ptr %12, i64 176
  %152 = load i64, ptr %151, align 4, !tbaa !2
  %153 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %152)
  %154 = load ptr, ptr %153, align 8
  %155 = getelementptr inbounds nuw i8, ptr %12, i64 184
  %156 = load i64, ptr %155, align 4, !tbaa !2
  %157 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %156)
  %158 = load ptr, ptr %157, align 8
  %159 = getelementptr inbounds nuw i8, ptr %49, i64 88
  %160 = load double, ptr %159, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %160, ptr null, i64 2, ptr %154, ptr %158)
  %161 = getelementptr inbounds nuw i8, ptr %12, i64 192
  %162 = load i64, ptr %161, align 4, !tbaa !2
  %163 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %162)
  %164 = load ptr, ptr %163, align 8
  %165 = getelementptr inbounds nuw i8, ptr %12, i64 200
  %166 = load i64, ptr %165, align 4, !tbaa !2
  %167 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %166)
  %168 = load ptr, ptr %167, align 8
  %169 = getelementptr inbounds nuw i8, ptr %49, i64 96
  %170 = load double, ptr %169, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %170, ptr null, i64 2, ptr %164, ptr %168)
  %171 = getelementptr inbounds nuw i8, ptr %12, i64 208
  %172 = load i64, ptr %171, align 4, !tbaa !2
  %173 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %172)
  %174 = load ptr, ptr %173, align 8
  %175 = getelementptr inbounds nuw i8, ptr %12, i64 216
  %176 = load i64, ptr %175, align 4, !tbaa !2
  %177 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %176)
  %178 = load ptr, ptr %177, align 8
  %179 = getelementptr inbounds nuw i8, ptr %49, i64 104
  %180 = load double, ptr %179, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %180, ptr null, i64 2, ptr %174, ptr %178)
  %181 = getelementptr inbounds nuw i8, ptr %12, i64 224
  %182 = load i64, ptr %181, align 4, !tbaa !2
  %183 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %182)
  %184 = load ptr, ptr %183, align 8
  %185 = getelementptr inbounds nuw i8, ptr %12, i64 232
  %186 = load i64, ptr %185, align 4, !tbaa !2
  %187 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %186)
  %188 = load ptr, ptr %187, align 8
  %189 = getelementptr inbounds nuw i8, ptr %49, i64 112
  %190 = load double, ptr %189, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %190, ptr null, i64 2, ptr %184, ptr %188)
  %191 = getelementptr inbounds nuw i8, ptr %12, i64 240
  %192 = load i64, ptr %191, align 4, !tbaa !2
  %193 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %192)
  %194 = load ptr, ptr %193, align 8
  %195 = getelementptr inbounds nuw i8, ptr %12, i64 248
  %196 = load i64, ptr %195, align 4, !tbaa !2
  %197 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %196)
  %198 = load ptr, ptr %197, align 8
  %199 = getelementptr inbounds nuw i8, ptr %49, i64 120
  %200 = load double, ptr %199, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %200, ptr null, i64 2, ptr %194, ptr %198)
  %201 = getelementptr inbounds nuw i8, ptr %12, i64 256
  %202 = load i64, ptr %201, align 4, !tbaa !2
  %203 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %202)
  %204 = load ptr, ptr %203, align 8
  %205 = getelementptr inbounds nuw i8, ptr %12, i64 264
  %206 = load i64, ptr %205, align 4, !tbaa !2
  %207 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %206)
  %208 = load ptr, ptr %207, align 8
  %209 = getelementptr inbounds nuw i8, ptr %49, i64 128
  %210 = load double, ptr %209, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %210, ptr null, i64 2, ptr %204, ptr %208)
  %211 = getelementptr inbounds nuw i8, ptr %12, i64 272
  %212 = load i64, ptr %211, align 4, !tbaa !2
  %213 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %212)
  %214 = load ptr, ptr %213, align 8
  %215 = getelementptr inbounds nuw i8, ptr %12, i64 280
  %216 = load i64, ptr %215, align 4, !tbaa !2
  %217 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %216)
  %218 = load ptr, ptr %217, align 8
  %219 = getelementptr inbounds nuw i8, ptr %49, i64 136
  %220 = load double, ptr %219, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %220, ptr null, i64 2, ptr %214, ptr %218)
  %221 = getelementptr inbounds nuw i8, ptr %12, i64 288
  %222 = load i64, ptr %221, align 4, !tbaa !2
  %223 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %222)
  %224 = load ptr, ptr %223, align 8
  %225 = getelementptr inbounds nuw i8, ptr %12, i64 296
  %226 = load i64, ptr %225, align 4, !tbaa !2
  %227 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %226)
  %228 = load ptr, ptr %227, align 8
  %229 = getelementptr inbounds nuw i8, ptr %49, i64 144
  %230 = load double, ptr %229, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %230, ptr null, i64 2, ptr %224, ptr %228)
  %231 = getelementptr inbounds nuw i8, ptr %12, i64 304
  %232 = load i64, ptr %231, align 4, !tbaa !2
  %233 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %232)
  %234 = load ptr, ptr %233, align 8
  %235 = getelementptr inbounds nuw i8, ptr %12, i64 312
  %236 = load i64, ptr %235, align 4, !tbaa !2
  %237 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %236)
  %238 = load ptr, ptr %237, align 8
  %239 = getelementptr inbounds nuw i8, ptr %49, i64 152
  %240 = load double, ptr %239, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %240, ptr null, i64 2, ptr %234, ptr %238)
  %241 = getelementptr inbounds nuw i8, ptr %12, i64 320
  %242 = load i64, ptr %241, align 4, !tbaa !2
  %243 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %242)
  %244 = load ptr, ptr %243, align 8
  %245 = getelementptr inbounds nuw i8, ptr %12, i64 328
  %246 = load i64, ptr %245, align 4, !tbaa !2
  %247 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %246)
  %248 = load ptr, ptr %247, align 8
  %249 = getelementptr inbounds nuw i8, ptr %49, i64 160
  %250 = load double, ptr %249, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %250, ptr null, i64 2, ptr %244, ptr %248)
  %251 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 13)
  %252 = load ptr, ptr %251, align 8
  %253 = getelementptr inbounds nuw i8, ptr %49, i64 168
  %254 = load double, ptr %253, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %254, ptr %252, ptr null)
  %255 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 12)
  %256 = load ptr, ptr %255, align 8
  %257 = getelementptr inbounds nuw i8, ptr %49, i64 176
  %258 = load double, ptr %257, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %258, ptr %256, ptr null)
  %259 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 11)
  %260 = load ptr, ptr %259, align 8
  %261 = getelementptr inbounds nuw i8, ptr %49, i64 184
  %262 = load double, ptr %261, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %262, ptr %260, ptr null)
  %263 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 10)
  %264 = load ptr, ptr %263, align 8
  %265 = getelementptr inbounds nuw i8, ptr %49, i64 192
  %266 = load double, ptr %265, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %266, ptr %264, ptr null)
  %267 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 9)
  %268 = load ptr, ptr %267, align 8
  %269 = getelementptr inbounds nuw i8, ptr %49, i64 200
  %270 = load double, ptr %269, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %270, ptr %268, ptr null)
  %271 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 8)
  %272 = load ptr, ptr %271, align 8
  %273 = getelementptr inbounds nuw i8, ptr %49, i64 208
  %274 = load double, ptr %273, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %274, ptr %272, ptr null)
  %275 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 7)
  %276 = load ptr, ptr %275, align 8
  %277 = getelementptr inbounds nuw i8, ptr %49, i64 216
  %278 = load double, ptr %277, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %278, ptr %276, ptr null)
  %279 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 6)
  %280 = load ptr, ptr %279, align 8
  %281 = getelementptr inbounds nuw i8, ptr %49, i64 224
  %282 = load double, ptr %281, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %282, ptr %280, ptr null)
  %283 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 5)
  %284 = load ptr, ptr %283, align 8
  %285 = getelementptr inbounds nuw i8, ptr %49, i64 232
  %286 = load double, ptr %285, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %286, ptr %284, ptr null)
  %287 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 4)
  %288 = load ptr, ptr %287, align 8
  %289 = getelementptr inbounds nuw i8, ptr %49, i64 240
  %290 = load double, ptr %289, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %290, ptr %288, ptr null)
  %291 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %292 = load ptr, ptr %291, align 8
  %293 = getelementptr inbounds nuw i8, ptr %49, i64 248
  %294 = load double, ptr %293, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %294, ptr %292, ptr null)
  %295 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %296 = load ptr, ptr %295, align 8
  %297 = getelementptr inbounds nuw i8, ptr %49, i64 256
  %298 = load double, ptr %297, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %298, ptr %296, ptr null)
  %299 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %300 = load ptr, ptr %299, align 8
  %301 = getelementptr inbounds nuw i8, ptr %49, i64 264
  %302 = load double, ptr %301, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %302, ptr %300, ptr null)
  %303 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %304 = load ptr, ptr %303, align 8
  %305 = getelementptr inbounds nuw i8, ptr %49, i64 272
  %306 = load double, ptr %305, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %306, ptr %304, ptr null)
  %307 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %308 = load ptr, ptr %307, align 8
  %309 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %310 = load ptr, ptr %309, align 8
  %311 = getelementptr inbounds nuw i8, ptr %49, i64 280
  %312 = load double, ptr %311, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %312, ptr null, i64 2, ptr %308, ptr %310)
  %313 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %314 = load ptr, ptr %313, align 8
  %315 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %316 = load ptr, ptr %315, align 8
  %317 = getelementptr inbounds nuw i8, ptr %49, i64 288
  %318 = load double, ptr %317, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %318, ptr null, i64 2, ptr %314, ptr %316)
  %319 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %62)
  %320 = load ptr, ptr %319, align 8
  %321 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %66)
  %322 = load ptr, ptr %321, align 8
  %323 = getelementptr inbounds nuw i8, ptr %49, i64 296
  %324 = load double, ptr %323, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %324, ptr null, i64 2, ptr %320, ptr %322)
  %325 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %72)
  %326 = load ptr, ptr %325, align 8
  %327 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %76)
  %328 = load ptr, ptr %327, align 8
  %329 = getelementptr inbounds nuw i8, ptr %49, i64 304
  %330 = load double, ptr %329, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %330, ptr null, i64 2, ptr %326, ptr %328)
  %331 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %82)
  %332 = load ptr, ptr %331, align 8
  %333 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %86)
  %334 = load ptr, ptr %333, align 8
  %335 = getelementptr inbounds nuw i8, ptr %49, i64 312
  %336 = load double, ptr %335, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %336, ptr null, i64 2, ptr %332, ptr %334)
  %337 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %92)
  %338 = load ptr, ptr %337, align 8
  %339 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %96)
  %340 = load ptr, ptr %339, align 8
  %341 = getelementptr inbounds nuw i8, ptr %49, i64 320
  %342 = load double, ptr %341, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %342, ptr null, i64 2, ptr %338, ptr %340)
  %343 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %102)
  %344 = load ptr, ptr %343, align 8
  %345 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %106)
  %346 = load ptr, ptr %345, align 8
  %347 = getelementptr inbounds nuw i8, ptr %49, i64 328
  %348 = load double, ptr %347, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %348, ptr null, i64 2, ptr %344, ptr %346)
  %349 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %112)
  %350 = load ptr, ptr %349, align 8
  %351 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %116)
  %352 = load ptr, ptr %351, align 8
  %353 = getelementptr inbounds nuw i8, ptr %49, i64 336
  %354 = load double, ptr %353, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %354, ptr null, i64 2, ptr %350, ptr %352)
  %355 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %122)
  %356 = load ptr, ptr %355, align 8
  %357 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %126)
  %358 = load ptr, ptr %357, align 8
  %359 = getelementptr inbounds nuw i8, ptr %49, i64 344
  %360 = load double, ptr %359, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %360, ptr null, i64 2, ptr %356, ptr %358)
  %361 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %132)
  %362 = load ptr, ptr %361, align 8
  %363 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %136)
  %364 = load ptr, ptr %363, align 8
  %365 = getelementptr inbounds nuw i8, ptr %49, i64 352
  %366 = load double, ptr %365, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %366, ptr null, i64 2, ptr %362, ptr %364)
  %367 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %142)
  %368 = load ptr, ptr %367, align 8
  %369 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %146)
  %370 = load ptr, ptr %369, align 8
  %371 = getelementptr inbounds nuw i8, ptr %49, i64 360
  %372 = load double, ptr %371, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %372, ptr null, i64 2, ptr %368, ptr %370)
  %373 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %152)
  %374 = load ptr, ptr %373, align 8
  %375 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %156)
  %376 = load ptr, ptr %375, align 8
  %377 = getelementptr inbounds nuw i8, ptr %49, i64 368
  %378 = load double, ptr %377, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %378, ptr null, i64 2, ptr %374, ptr %376)
  %379 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %162)
  %380 = load ptr, ptr %379, align 8
  %381 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %166)
  %382 = load ptr, ptr %381, align 8
  %383 = getelementptr inbounds nuw i8, ptr %49, i64 376
  %384 = load double, ptr %383, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %384, ptr null, i64 2, ptr %380, ptr %382)
  %385 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %172)
  %386 = load ptr, ptr %385, align 8
  %387 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %176)
  %388 = load ptr, ptr %387, align 8
  %389 = getelementptr inbounds nuw i8, ptr %49, i64 384
  %390 = load double, ptr %389, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %390, ptr null, i64 2, ptr %386, ptr %388)
  %391 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %182)
  %392 = load ptr, ptr %391, align 8
  %393 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %186)
  %394 = load ptr, ptr %393, align 8
  %395 = getelementptr inbounds nuw i8, ptr %49, i64 392
  %396 = load double, ptr %395, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %396, ptr null, i64 2, ptr %392, ptr %394)
  %397 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %192)
  %398 = load ptr, ptr %397, align 8
  %399 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %196)
  %400 = load ptr, ptr %399, align 8
  %401 = getelementptr inbounds nuw i8, ptr %49, i64 400
  %402 = load double, ptr %401, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %402, ptr null, i64 2, ptr %398, ptr %400)
  %403 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %202)
  %404 = load ptr, ptr %403, align 8
  %405 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %206)
  %406 = load ptr, ptr %405, align 8
  %407 = getelementptr inbounds nuw i8, ptr %49, i64 408
  %408 = load double, ptr %407, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %408, ptr null, i64 2, ptr %404, ptr %406)
  %409 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %212)
  %410 = load ptr, ptr %409, align 8
  %411 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %216)
  %412 = load ptr, ptr %411, align 8
  %413 = getelementptr inbounds nuw i8, ptr %49, i64 416
  %414 = load double, ptr %413, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %414, ptr null, i64 2, ptr %410, ptr %412)
  %415 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %222)
  %416 = load ptr, ptr %415, align 8
  %417 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %226)
  %418 = load ptr, ptr %417, align 8
  %419 = getelementptr inbounds nuw i8, ptr %49, i64 424
  %420 = load double, ptr %419, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %420, ptr null, i64 2, ptr %416, ptr %418)
  %421 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %232)
  %422 = load ptr, ptr %421, align 8
  %423 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %236)
  %424 = load ptr, ptr %423, align 8
  %425 = getelementptr inbounds nuw i8, ptr %49, i64 432
  %426 = load double, ptr %425, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %426, ptr null, i64 2, ptr %422, ptr %424)
  %427 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %242)
  %428 = load ptr, ptr %427, align 8
  %429 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %246)
  %430 = load ptr, ptr %429, align 8
  %431 = getelementptr inbounds nuw i8, ptr %49, i64 440
  %432 = load double, ptr %431, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %432, ptr null, i64 2, ptr %428, ptr %430)
  %433 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 13)
  %434 = load ptr, ptr %433, align 8
  %435 = getelementptr inbounds nuw i8, ptr %49, i64 448
  %436 = load double, ptr %435, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %436, ptr %434, ptr null)
  %437 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 12)
  %438 = load ptr, ptr %437, align 8
  %439 = getelementptr inbounds nuw i8, ptr %49, i64 456
  %440 = load double, ptr %439, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %440, ptr %438, ptr null)
  %441 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 11)
  %442 = load ptr, ptr %441, align 8
  %443 = getelementptr inbounds nuw i8, ptr %49, i64 464
  %444 = load double, ptr %443, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %444, ptr %442, ptr null)
  %445 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 10)
  %446 = load ptr, ptr %445, align 8
  %447 = getelementptr inbounds nuw i8, ptr %49, i64 472
  %448 = load double, ptr %447, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %448, ptr %446, ptr null)
  %449 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 9)
  %450 = load ptr, ptr %449, align 8
  %451 = getelementptr inbounds nuw i8, ptr %49, i64 480
  %452 = load double, ptr %451, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %452, ptr %450, ptr null)
  %453 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 8)
  %454 = load ptr, ptr %453, align 8
  %455 = getelementptr inbounds nuw i8, ptr %49, i64 488
  %456 = load double, ptr %455, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %456, ptr %454, ptr null)
  %457 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 7)
  %458 = load ptr, ptr %457, align 8
  %459 = getelementptr inbounds nuw i8, ptr %49, i64 496
  %460 = load double, ptr %459, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %460, ptr %458, ptr null)
  %461 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 6)
  %462 = load ptr, ptr %461, align 8
  %463 = getelementptr inbounds nuw i8, ptr %49, i64 504
  %464 = load double, ptr %463, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %464, ptr %462, ptr null)
  %465 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 5)
  %466 = load ptr, ptr %465, align 8
  %467 = getelementptr inbounds nuw i8, ptr %49, i64 512
  %468 = load double, ptr %467, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %468, ptr %466, ptr null)
  %469 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 4)
  %470 = load ptr, ptr %469, align 8
  %471 = getelementptr inbounds nuw i8, ptr %49, i64 520
  %472 = load double, ptr %471, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %472, ptr %470, ptr null)
  %473 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %474 = load ptr, ptr %473, align 8
  %475 = getelementptr inbounds nuw i8, ptr %49, i64 528
  %476 = load double, ptr %475, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %476, ptr %474, ptr null)
  %477 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %478 = load ptr, ptr %477, align 8
  %479 = getelementptr inbounds nuw i8, ptr %49, i64 536
  %480 = load double, ptr %479, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %480, ptr %478, ptr null)
  %481 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %482 = load ptr, ptr %481, align 8
  %483 = getelementptr inbounds nuw i8, ptr %49, i64 544
  %484 = load double, ptr %483, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %484, ptr %482, ptr null)
  %485 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %486 = load ptr, ptr %485, align 8
  %487 = getelementptr inbounds nuw i8, ptr %49, i64 552
  %488 = load double, ptr %487, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %488, ptr %486, ptr null)
  %489 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %42)
  %490 = load ptr, ptr %489, align 8
  %491 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %46)
  %492 = load ptr, ptr %491, align 8
  %493 = getelementptr inbounds nuw i8, ptr %49, i64 560
  %494 = load double, ptr %493, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %494, ptr null, i64 2, ptr %490, ptr %492)
  %495 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %52)
  %496 = load ptr, ptr %495, align 8
  %497 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %56)
  %498 = load ptr, ptr %497, align 8
  %499 = getelementptr inbounds nuw i8, ptr %49, i64 568
  %500 = load double, ptr %499, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %500, ptr null, i64 2, ptr %496, ptr %498)
  %501 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %62)
  %502 = load ptr, ptr %501, align 8
  %503 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %66)
  %504 = load ptr, ptr %503, align 8
  %505 = getelementptr inbounds nuw i8, ptr %49, i64 576
  %506 = load double, ptr %505, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %506, ptr null, i64 2, ptr %502, ptr %504)
  %507 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %72)
  %508 = load ptr, ptr %507, align 8
  %509 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %76)
  %510 = load ptr, ptr %509, align 8
  %511 = getelementptr inbounds nuw i8, ptr %49, i64 584
  %512 = load double, ptr %511, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %512, ptr null, i64 2, ptr %508, ptr %510)
  %513 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %82)
  %514 = load ptr, ptr %513, align 8
  %515 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %86)
  %516 = load ptr, ptr %515, align 8
  %517 = getelementptr inbounds nuw i8, ptr %49, i64 592
  %518 = load double, ptr %517, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %518, ptr null, i64 2, ptr %514, ptr %516)
  %519 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %92)
  %520 = load ptr, ptr %519, align 8
  %521 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %96)
  %522 = load ptr, ptr %521, align 8
  %523 = getelementptr inbounds nuw i8, ptr %49, i64 600
  %524 = load double, ptr %523, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %524, ptr null, i64 2, ptr %520, ptr %522)
  %525 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %102)
  %526 = load ptr, ptr %525, align 8
  %527 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %106)
  %528 = load ptr, ptr %527, align 8
  %529 = getelementptr inbounds nuw i8, ptr %49, i64 608
  %530 = load double, ptr %529, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %530, ptr null, i64 2, ptr %526, ptr %528)
  %531 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %112)
  %532 = load ptr, ptr %531, align 8
  %533 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %116)
  %534 = load ptr, ptr %533, align 8
  %535 = getelementptr inbounds nuw i8, ptr %49, i64 616
  %536 = load double, ptr %535, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %536, ptr null, i64 2, ptr %532, ptr %534)
  %537 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %122)
  %538 = load ptr, ptr %537, align 8
  %539 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %126)
  %540 = load ptr, ptr %539, align 8
  %541 = getelementptr inbounds nuw i8, ptr %49, i64 624
  %542 = load double, ptr %541, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %542, ptr null, i64 2, ptr %538, ptr %540)
  %543 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %132)
  %544 = load ptr, ptr %543, align 8
  %545 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %136)
  %546 = load ptr, ptr %545, align 8
  %547 = getelementptr inbounds nuw i8, ptr %49, i64 632
  %548 = load double, ptr %547, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %548, ptr null, i64 2, ptr %544, ptr %546)
  %549 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %142)
  %550 = load ptr, ptr %549, align 8
  %551 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %146)
  %552 = load ptr, ptr %551, align 8
  %553 = getelementptr inbounds nuw i8, ptr %49, i64 640
  %554 = load double, ptr %553, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %554, ptr null, i64 2, ptr %550, ptr %552)
  %555 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %152)
  %556 = load ptr, ptr %555, align 8
  %557 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %156)
  %558 = load ptr, ptr %557, align 8
  %559 = getelementptr inbounds nuw i8, ptr %49, i64 648
  %560 = load double, ptr %559, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %560, ptr null, i64 2, ptr %556, ptr %558)
  %561 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %162)
  %562 = load ptr, ptr %561, align 8
  %563 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %166)
  %564 = load ptr, ptr %563, align 8
  %565 = getelementptr inbounds nuw i8, ptr %49, i64 656
  %566 = load double, ptr %565, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %566, ptr null, i64 2, ptr %562, ptr %564)
  %567 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %172)
  %568 = load ptr, ptr %567, align 8
  %569 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %176)
  %570 = load ptr, ptr %569, align 8
  %571 = getelementptr inbounds nuw i8, ptr %49, i64 664
  %572 = load double, ptr %571, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %572, ptr null, i64 2, ptr %568, ptr %570)
  %573 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %182)
  %574 = load ptr, ptr %573, align 8
  %575 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %186)
  %576 = load ptr, ptr %575, align 8
  %577 = getelementptr inbounds nuw i8, ptr %49, i64 672
  %578 = load double, ptr %577, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %578, ptr null, i64 2, ptr %574, ptr %576)
  %579 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %192)
  %580 = load ptr, ptr %579, align 8
  %581 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %196)
  %582 = load ptr, ptr %581, align 8
  %583 = getelementptr inbounds nuw i8, ptr %49, i64 680
  %584 = load double, ptr %583, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %584, ptr null, i64 2, ptr %580, ptr %582)
  %585 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %202)
  %586 = load ptr, ptr %585, align 8
  %587 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %206)
  %588 = load ptr, ptr %587, align 8
  %589 = getelementptr inbounds nuw i8, ptr %49, i64 688
  %590 = load double, ptr %589, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %590, ptr null, i64 2, ptr %586, ptr %588)
  %591 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %212)
  %592 = load ptr, ptr %591, align 8
  %593 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %216)
  %594 = load ptr, ptr %593, align 8
  %595 = getelementptr inbounds nuw i8, ptr %49, i64 696
  %596 = load double, ptr %595, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %596, ptr null, i64 2, ptr %592, ptr %594)
  %597 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %222)
  %598 = load ptr, ptr %597, align 8
  %599 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %226)
  %600 = load ptr, ptr %599, align 8
  %601 = getelementptr inbounds nuw i8, ptr %49, i64 704
  %602 = load double, ptr %601, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %602, ptr null, i64 2, ptr %598, ptr %600)
  %603 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %232)
  %604 = load ptr, ptr %603, align 8
  %605 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %236)
  %606 = load ptr, ptr %605, align 8
  %607 = getelementptr inbounds nuw i8, ptr %49, i64 712
  %608 = load double, ptr %607, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %608, ptr null, i64 2, ptr %604, ptr %606)
  %609 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %242)
  %610 = load ptr, ptr %609, align 8
  %611 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 %246)
  %612 = load ptr, ptr %611, align 8
  %613 = getelementptr inbounds nuw i8, ptr %49, i64 720
  %614 = load double, ptr %613, align 8, !tbaa !5
  tail call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %614, ptr null, i64 2, ptr %610, ptr %612)
  %615 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 0)
  %616 = load ptr, ptr %615, align 8
  %617 = getelementptr inbounds nuw i8, ptr %49, i64 728
  %618 = load double, ptr %617, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %618, ptr %616, ptr null)
  %619 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 1)
  %620 = load ptr, ptr %619, align 8
  %621 = getelementptr inbounds nuw i8, ptr %49, i64 736
  %622 = load double, ptr %621, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %622, ptr %620, ptr null)
  %623 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 2)
  %624 = load ptr, ptr %623, align 8
  %625 = getelementptr inbounds nuw i8, ptr %49, i64 744
  %626 = load double, ptr %625, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %626, ptr %624, ptr null)
  %627 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 3)
  %628 = load ptr, ptr %627, align 8
  %629 = getelementptr inbounds nuw i8, ptr %49, i64 752
  %630 = load double, ptr %629, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %630, ptr %628, ptr null)
  %631 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 4)
  %632 = load ptr, ptr %631, align 8
  %633 = getelementptr inbounds nuw i8, ptr %49, i64 760
  %634 = load double, ptr %633, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %634, ptr %632, ptr null)
  %635 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 5)
  %636 = load ptr, ptr %635, align 8
  %637 = getelementptr inbounds nuw i8, ptr %49, i64 768
  %638 = load double, ptr %637, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %638, ptr %636, ptr null)
  %639 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 6)
  %640 = load ptr, ptr %639, align 8
  %641 = getelementptr inbounds nuw i8, ptr %49, i64 776
  %642 = load double, ptr %641, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %642, ptr %640, ptr null)
  %643 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 7)
  %644 = load ptr, ptr %643, align 8
  %645 = getelementptr inbounds nuw i8, ptr %49, i64 784
  %646 = load double, ptr %645, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %646, ptr %644, ptr null)
  %647 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 8)
  %648 = load ptr, ptr %647, align 8
  %649 = getelementptr inbounds nuw i8, ptr %49, i64 792
  %650 = load double, ptr %649, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %650, ptr %648, ptr null)
  %651 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 9)
  %652 = load ptr, ptr %651, align 8
  %653 = getelementptr inbounds nuw i8, ptr %49, i64 800
  %654 = load double, ptr %653, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %654, ptr %652, ptr null)
  %655 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 10)
  %656 = load ptr, ptr %655, align 8
  %657 = getelementptr inbounds nuw i8, ptr %49, i64 808
  %658 = load double, ptr %657, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %658, ptr %656, ptr null)
  %659 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 11)
  %660 = load ptr, ptr %659, align 8
  %661 = getelementptr inbounds nuw i8, ptr %49, i64 816
  %662 = load double, ptr %661, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %662, ptr %660, ptr null)
  %663 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 12)
  %664 = load ptr, ptr %663, align 8
  %665 = getelementptr inbounds nuw i8, ptr %49, i64 824
  %666 = load double, ptr %665, align 8, !tbaa !5
  tail call void @__catalyst__qis__RX(double %666, ptr %664, ptr null)
  %667 = tail call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %13, i64 13)
  %668 = load ptr, ptr %667, align 8
  %669 = getelementptr inbounds nuw i8, ptr %49, i64 832
  %670 = load double, ptr %669, align 8, !tbaa !5
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
  store double %819, ptr %824, align 64, !tbaa !5
  call void @__catalyst__rt__qubit_release_array(ptr %13)
  call void @__catalyst__rt__device_release()
  %825 = load double, ptr %824, align 64, !tbaa !5
  %826 = extractvalue { ptr, ptr, i64 } %11, 1
  store double %825, ptr %826, align 8, !tbaa !5
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
  %36 = getelementptr inbounds nuw i8, ptr %8, i64 160
  %37 = load double, ptr %36, align 8, !tbaa !5
  %38 = fmul double %35, %37
  %39 = getelementptr inbounds nuw i8, ptr %8, i64 152
  %40 = load double, ptr %39, align 8, !tbaa !5
  %41 = fmul double %35, %40
  %42 = getelementptr inbounds nuw i8, ptr %8, i64 144
  %43 = load double, ptr %42, align 8, !tbaa !5
  %44 = fmul double %35, %43
  %45 = getelementptr inbounds nuw i8, ptr %8, i64 136
  %46 = load double, ptr %45, align 8, !tbaa !5
  %47 = fmul double %35, %46
  %48 = getelementptr inbounds nuw i8, ptr %8, i64 128
  %49 = load double, ptr %48, align 8, !tbaa !5
  %50 = fmul double %35, %49
  %51 = getelementptr inbounds nuw i8, ptr %8, i64 120
  %52 = load double, ptr %51, align 8, !tbaa !5
  %53 = fmul double %35, %52
  %54 = getelementptr inbounds nuw i8, ptr %8, i64 112
  %55 = load double, ptr %54, align 8, !tbaa !5
  %56 = fmul double %35, %55
  %57 = getelementptr inbounds nuw i8, ptr %8, i64 104
  %58 = load double, ptr %57, align 8, !tbaa !5
  %59 = fmul double %35, %58
  %60 = getelementptr inbounds nuw i8, ptr %8, i64 96
  %61 = load double, ptr %60, align 8, !tbaa !5
  %62 = fmul double %35, %61
  %63 = getelementptr inbounds nuw i8, ptr %8, i64 88
  %64 = load double, ptr %63, align 8, !tbaa !5
  %65 = fmul double %35, %64
  %66 = getelementptr inbounds nuw i8, ptr %8, i64 80
  %67 = load double, ptr %66, align 8, !tbaa !5
  %68 = fmul double %35, %67
  %69 = getelementptr inbounds nuw i8, ptr %8, i64 72
  %70 = load double, ptr %69, align 8, !tbaa !5
  %71 = fmul double %35, %70
  %72 = getelementptr inbounds nuw i8, ptr %8, i64 64
  %73 = load double, ptr %72, align 8, !tbaa !5
  %74 = fmul double %35, %73
  %75 = getelementptr inbounds nuw i8, ptr %8, i64 56
  %76 = load double, ptr %75, align 8, !tbaa !5
  %77 = fmul double %35, %76
  %78 = getelementptr inbounds nuw i8, ptr %8, i64 48
  %79 = load double, ptr %78, align 8, !tbaa !5
  %80 = fmul double %35, %79
  %81 = getelementptr inbounds nuw i8, ptr %8, i64 40
  %82 = load double, ptr %81, align 8, !tbaa !5
  %83 = fmul double %35, %82
  %84 = getelementptr inbounds nuw i8, ptr %8, i64 32
  %85 = load double, ptr %84, align 8, !tbaa !5
  %86 = fmul double %35, %85
  %87 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %88 = load double, ptr %87, align 8, !tbaa !5
  %89 = fmul double %35, %88
  %90 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %91 = load double, ptr %90, align 8, !tbaa !5
  %92 = fmul double %35, %91
  %93 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %94 = load double, ptr %93, align 8, !tbaa !5
  %95 = fmul double %35, %94
  %96 = load double, ptr %8, align 8, !tbaa !5
  %97 = fmul double %35, %96
  %98 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %99 = load double, ptr %98, align 8, !tbaa !5
  %100 = fmul double %99, 2.000000e+00
  %101 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %102 = load double, ptr %101, align 8, !tbaa !5
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
  %126 = load double, ptr %125, align 8, !tbaa !5
  %127 = fmul double %126, 2.000000e+00
  %128 = load double, ptr %1, align 8, !tbaa !5
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
  store double %150, ptr %29, align 8, !tbaa !5
  %151 = getelementptr inbounds nuw i8, ptr %29, i64 8
  store double %149, ptr %151, align 8, !tbaa !5
  %152 = getelementptr inbounds nuw i8, ptr %29, i64 16
  store double %148, ptr %152, align 8, !tbaa !5
  %153 = getelementptr inbounds nuw i8, ptr %29, i64 24
  store double %147, ptr %153, align 8, !tbaa !5
  %154 = getelementptr inbounds nuw i8, ptr %29, i64 32
  store double %146, ptr %154, align 8, !tbaa !5
  %155 = getelementptr inbounds nuw i8, ptr %29, i64 40
  store double %145, ptr %155, align 8, !tbaa !5
  %156 = getelementptr inbounds nuw i8, ptr %29, i64 48
  store double %144, ptr %156, align 8, !tbaa !5
  %157 = getelementptr inbounds nuw i8, ptr %29, i64 56
  store double %143, ptr %157, align 8, !tbaa !5
  %158 = getelementptr inbounds nuw i8, ptr %29, i64 64
  store double %142, ptr %158, align 8, !tbaa !5
  %159 = getelementptr inbounds nuw i8, ptr %29, i64 72
  store double %141, ptr %159, align 8, !tbaa !5
  %160 = getelementptr inbounds nuw i8, ptr %29, i64 80
  store double %140, ptr %160, align 8, !tbaa !5
  %161 = getelementptr inbounds nuw i8, ptr %29, i64 88
  store double %139, ptr %161, align 8, !tbaa !5
  %162 = getelementptr inbounds nuw i8, ptr %29, i64 96
  store double %138, ptr %162, align 8, !tbaa !5
  %163 = getelementptr inbounds nuw i8, ptr %29, i64 104
  store double %137, ptr %163, align 8, !tbaa !5
  %164 = getelementptr inbounds nuw i8, ptr %29, i64 112
  store double %136, ptr %164, align 8, !tbaa !5
  %165 = getelementptr inbounds nuw i8, ptr %29, i64 120
  store double %135, ptr %165, align 8, !tbaa !5
  %166 = getelementptr inbounds nuw i8, ptr %29, i64 128
  store double %134, ptr %166, align 8, !tbaa !5
  %167 = getelementptr inbounds nuw i8, ptr %29, i64 136
  store double %133, ptr %167, align 8, !tbaa !5
  %168 = getelementptr inbounds nuw i8, ptr %29, i64 144
  store double %132, ptr %168, align 8, !tbaa !5
  %169 = getelementptr inbounds nuw i8, ptr %29, i64 152
  store double %131, ptr %169, align 8, !tbaa !5
  %170 = getelementptr inbounds nuw i8, ptr %29, i64 160
  store double %130, ptr %170, align 8, !tbaa !5
  %171 = getelementptr inbounds nuw i8, ptr %29, i64 168
  store double %127, ptr %171, align 8, !tbaa !5
  %172 = getelementptr inbounds nuw i8, ptr %29, i64 176
  store double %127, ptr %172, align 8, !tbaa !5
  %173 = getelementptr inbounds nuw i8, ptr %29, i64 184
  store double %127, ptr %173, align 8, !tbaa !5
  %174 = getelementptr inbounds nuw i8, ptr %29, i64 192
  store double %127, ptr %174, align 8, !tbaa !5
  %175 = getelementptr inbounds nuw i8, ptr %29, i64 200
  store double %127, ptr %175, align 8, !tbaa !5
  %176 = getelementptr inbounds nuw i8, ptr %29, i64 208
  store double %127, ptr %176, align 8, !tbaa !5
  %177 = getelementptr inbounds nuw i8, ptr %29, i64 216
  store double %127, ptr %177, align 8, !tbaa !5
  %178 = getelementptr inbounds nuw i8, ptr %29, i64 224
  store double %127, ptr %178, align 8, !tbaa !5
  %179 = getelementptr inbounds nuw i8, ptr %29, i64 232
  store double %127, ptr %179, align 8, !tbaa !5
  %180 = getelementptr inbounds nuw i8, ptr %29, i64 240
  store double %127, ptr %180, align 8, !tbaa !5
  %181 = getelementptr inbounds nuw i8, ptr %29, i64 248
  store double %127, ptr %181, align 8, !tbaa !5
  %182 = getelementptr inbounds nuw i8, ptr %29, i64 256
  store double %127, ptr %182, align 8, !tbaa !5
  %183 = getelementptr inbounds nuw i8, ptr %29, i64 264
  store double %127, ptr %183, align 8, !tbaa !5
  %184 = getelementptr inbounds nuw i8, ptr %29, i64 272
  store double %127, ptr %184, align 8, !tbaa !5
  %185 = getelementptr inbounds nuw i8, ptr %29, i64 280
  store double %124, ptr %185, align 8, !tbaa !5
  %186 = getelementptr inbounds nuw i8, ptr %29, i64 288
  store double %123, ptr %186, align 8, !tbaa !5
  %187 = getelementptr inbounds nuw i8, ptr %29, i64 296
  store double %122, ptr %187, align 8, !tbaa !5
  %188 = getelementptr inbounds nuw i8, ptr %29, i64 304
  store double %121, ptr %188, align 8, !tbaa !5
  %189 = getelementptr inbounds nuw i8, ptr %29, i64 312
  store double %120, ptr %189, align 8, !tbaa !5
  %190 = getelementptr inbounds nuw i8, ptr %29, i64 320
  store double %119, ptr %190, align 8, !tbaa !5
  %191 = getelementptr inbounds nuw i8, ptr %29, i64 328
  store double %118, ptr %191, align 8, !tbaa !5
  %192 = getelementptr inbounds nuw i8, ptr %29, i64 336
  store double %117, ptr %192, align 8, !tbaa !5
  %193 = getelementptr inbounds nuw i8, ptr %29, i64 344
  store double %116, ptr %193, align 8, !tbaa !5
  %194 = getelementptr inbounds nuw i8, ptr %29, i64 352
  store double %115, ptr %194, align 8, !tbaa !5
  %195 = getelementptr inbounds nuw i8, ptr %29, i64 360
  store double %114, ptr %195, align 8, !tbaa !5
  %196 = getelementptr inbounds nuw i8, ptr %29, i64 368
  store double %113, ptr %196, align 8, !tbaa !5
  %197 = getelementptr inbounds nuw i8, ptr %29, i64 376
  store double %112, ptr %197, align 8, !tbaa !5
  %198 = getelementptr inbounds nuw i8, ptr %29, i64 384
  store double %111, ptr %198, align 8, !tbaa !5
  %199 = getelementptr inbounds nuw i8, ptr %29, i64 392
  store double %110, ptr %199, align 8, !tbaa !5
  %200 = getelementptr inbounds nuw i8, ptr %29, i64 400
  store double %109, ptr %200, align 8, !tbaa !5
  %201 = getelementptr inbounds nuw i8, ptr %29, i64 408
  store double %108, ptr %201, align 8, !tbaa !5
  %202 = getelementptr inbounds nuw i8, ptr %29, i64 416
  store double %107, ptr %202, align 8, !tbaa !5
  %203 = getelementptr inbounds nuw i8, ptr %29, i64 424
  store double %106, ptr %203, align 8, !tbaa !5
  %204 = getelementptr inbounds nuw i8, ptr %29, i64 432
  store double %105, ptr %204, align 8, !tbaa !5
  %205 = getelementptr inbounds nuw i8, ptr %29, i64 440
  store double %104, ptr %205, align 8, !tbaa !5
  %206 = getelementptr inbounds nuw i8, ptr %29, i64 448
  store double %100, ptr %206, align 8, !tbaa !5
  %207 = getelementptr inbounds nuw i8, ptr %29, i64 456
  store double %100, ptr %207, align 8, !tbaa !5
  %208 = getelementptr inbounds nuw i8, ptr %29, i64 464
  store double %100, ptr %208, align 8, !tbaa !5
  %209 = getelementptr inbounds nuw i8, ptr %29, i64 472
  store double %100, ptr %209, align 8, !tbaa !5
  %210 = getelementptr inbounds nuw i8, ptr %29, i64 480
  store double %100, ptr %210, align 8, !tbaa !5
  %211 = getelementptr inbounds nuw i8, ptr %29, i64 488
  store double %100, ptr %211, align 8, !tbaa !5
  %212 = getelementptr inbounds nuw i8, ptr %29, i64 496
  store double %100, ptr %212, align 8, !tbaa !5
  %213 = getelementptr inbounds nuw i8, ptr %29, i64 504
  store double %100, ptr %213, align 8, !tbaa !5
  %214 = getelementptr inbounds nuw i8, ptr %29, i64 512
  store double %100, ptr %214, align 8, !tbaa !5
  %215 = getelementptr inbounds nuw i8, ptr %29, i64 520
  store double %100, ptr %215, align 8, !tbaa !5
  %216 = getelementptr inbounds nuw i8, ptr %29, i64 528
  store double %100, ptr %216, align 8, !tbaa !5
  %217 = getelementptr inbounds nuw i8, ptr %29, i64 536
  store double %100, ptr %217, align 8, !tbaa !5
  %218 = getelementptr inbounds nuw i8, ptr %29, i64 544
  store double %100, ptr %218, align 8, !tbaa !5
  %219 = getelementptr inbounds nuw i8, ptr %29, i64 552
  store double %100, ptr %219, align 8, !tbaa !5
  %220 = getelementptr inbounds nuw i8, ptr %29, i64 560
  store double %97, ptr %220, align 8, !tbaa !5
  %221 = getelementptr inbounds nuw i8, ptr %29, i64 568
  store double %95, ptr %221, align 8, !tbaa !5
  %222 = getelementptr inbounds nuw i8, ptr %29, i64 576
  store double %92, ptr %222, align 8, !tbaa !5
  %223 = getelementptr inbounds nuw i8, ptr %29, i64 584
  store double %89, ptr %223, align 8, !tbaa !5
  %224 = getelementptr inbounds nuw i8, ptr %29, i64 592
  store double %86, ptr %224, align 8, !tbaa !5
  %225 = getelementptr inbounds nuw i8, ptr %29, i64 600
  store double %83, ptr %225, align 8, !tbaa !5
  %226 = getelementptr inbounds nuw i8, ptr %29, i64 608
  store double %80, ptr %226, align 8, !tbaa !5
  %227 = getelementptr inbounds nuw i8, ptr %29, i64 616
  store double %77, ptr %227, align 8, !tbaa !5
  %228 = getelementptr inbounds nuw i8, ptr %29, i64 624
  store double %74, ptr %228, align 8, !tbaa !5
  %229 = getelementptr inbounds nuw i8, ptr %29, i64 632
  store double %71, ptr %229, align 8, !tbaa !5
  %230 = getelementptr inbounds nuw i8, ptr %29, i64 640
  store double %68, ptr %230, align 8, !tbaa !5
  %231 = getelementptr inbounds nuw i8, ptr %29, i64 648
  store double %65, ptr %231, align 8, !tbaa !5
  %232 = getelementptr inbounds nuw i8, ptr %29, i64 656
  store double %62, ptr %232, align 8, !tbaa !5
  %233 = getelementptr inbounds nuw i8, ptr %29, i64 664
  store double %59, ptr %233, align 8, !tbaa !5
  %234 = getelementptr inbounds nuw i8, ptr %29, i64 672
  store double %56, ptr %234, align 8, !tbaa !5
  %235 = getelementptr inbounds nuw i8, ptr %29, i64 680
  store double %53, ptr %235, align 8, !tbaa !5
  %236 = getelementptr inbounds nuw i8, ptr %29, i64 688
  store double %50, ptr %236, align 8, !tbaa !5
  %237 = getelementptr inbounds nuw i8, ptr %29, i64 696
  store double %47, ptr %237, align 8, !tbaa !5
  %238 = getelementptr inbounds nuw i8, ptr %29, i64 704
  store double %44, ptr %238, align 8, !tbaa !5
  %239 = getelementptr inbounds nuw i8, ptr %29, i64 712
  store double %41, ptr %239, align 8, !tbaa !5
  %240 = getelementptr inbounds nuw i8, ptr %29, i64 720
  store double %38, ptr %240, align 8, !tbaa !5
  %241 = getelementptr inbounds nuw i8, ptr %29, i64 728
  store double %32, ptr %241, align 8, !tbaa !5
  %242 = getelementptr inbounds nuw i8, ptr %29, i64 736
  store double %32, ptr %242, align 8, !tbaa !5
  %243 = getelementptr inbounds nuw i8, ptr %29, i64 744
  store double %32, ptr %243, align 8, !tbaa !5
  %244 = getelementptr inbounds nuw i8, ptr %29, i64 752
  store double %32, ptr %244, align 8, !tbaa !5
  %245 = getelementptr inbounds nuw i8, ptr %29, i64 760
  store double %32, ptr %245, align 8, !tbaa !5
  %246 = getelementptr inbounds nuw i8, ptr %29, i64 768
  store double %32, ptr %246, align 8, !tbaa !5
  %247 = getelementptr inbounds nuw i8, ptr %29, i64 776
  store double %32, ptr %247, align 8, !tbaa !5
  %248 = getelementptr inbounds nuw i8, ptr %29, i64 784
  store double %32, ptr %248, align 8, !tbaa !5
  %249 = getelementptr inbounds nuw i8, ptr %29, i64 792
  store double %32, ptr %249, align 8, !tbaa !5
  %250 = getelementptr inbounds nuw i8, ptr %29, i64 800
  store double %32, ptr %250, align 8, !tbaa !5
  %251 = getelementptr inbounds nuw i8, ptr %29, i64 808
  store double %32, ptr %251, align 8, !tbaa !5
  %252 = getelementptr inbounds nuw i8, ptr %29, i64 816
  store double %32, ptr %252, align 8, !tbaa !5
  %253 = getelementptr inbounds nuw i8, ptr %29, i64 824
  store double %32, ptr %253, align 8, !tbaa !5
  %254 = getelementptr inbounds nuw i8, ptr %29, i64 832
  store double %32, ptr %254, align 8, !tbaa !5
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
  %256 = load double, ptr %255, align 8, !tbaa !5
  store double %256, ptr %21, align 8, !tbaa !5
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
  %.fca.1.gep201.i = getelementptr inbounds nuw i8, ptr %"'ipa4.i", i64 8
  %.fca.2.gep202.i = getelementptr inbounds nuw i8, ptr %"'ipa4.i", i64 16
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(24) %"'ipa4.i", i8 0, i64 24, i1 false)
  %.fca.1.gep196.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 8
  %.fca.2.gep197.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 16
  %.fca.3.0.gep198.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 24
  %.fca.4.0.gep199.i = getelementptr inbounds nuw i8, ptr %"'ipa3.i", i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 8 dereferenceable(40) %"'ipa3.i", i8 0, i64 40, i1 false)
  %.idx.i = shl i64 %19, 3
  %"'mi.i" = tail call noalias nonnull ptr @_mlir_memref_to_llvm_alloc(i64 %.idx.i) #8
  tail call void @llvm.memset.p0.i64(ptr nonnull align 1 %"'mi.i", i8 0, i64 %.idx.i, i1 false)
  %43 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 %.idx.i) #8
  %"'ipg188.i" = getelementptr inbounds nuw i8, ptr %31, i64 40
  %44 = getelementptr inbounds nuw i8, ptr %1, i64 40
  %45 = load double, ptr %44, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %46 = fmul double %45, 2.000000e+00
  %"'ipg186.i" = getelementptr inbounds nuw i8, ptr %31, i64 16
  %47 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %48 = load double, ptr %47, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %49 = fmul double %48, 2.000000e+00
  %50 = getelementptr inbounds nuw i8, ptr %8, i64 160
  %51 = load double, ptr %50, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %52 = fmul double %49, %51
  %53 = getelementptr inbounds nuw i8, ptr %8, i64 152
  %54 = load double, ptr %53, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %55 = fmul double %49, %54
  %56 = getelementptr inbounds nuw i8, ptr %8, i64 144
  %57 = load double, ptr %56, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %58 = fmul double %49, %57
  %59 = getelementptr inbounds nuw i8, ptr %8, i64 136
  %60 = load double, ptr %59, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %61 = fmul double %49, %60
  %62 = getelementptr inbounds nuw i8, ptr %8, i64 128
  %63 = load double, ptr %62, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %64 = fmul double %49, %63
  %65 = getelementptr inbounds nuw i8, ptr %8, i64 120
  %66 = load double, ptr %65, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %67 = fmul double %49, %66
  %68 = getelementptr inbounds nuw i8, ptr %8, i64 112
  %69 = load double, ptr %68, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %70 = fmul double %49, %69
  %71 = getelementptr inbounds nuw i8, ptr %8, i64 104
  %72 = load double, ptr %71, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %73 = fmul double %49, %72
  %74 = getelementptr inbounds nuw i8, ptr %8, i64 96
  %75 = load double, ptr %74, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %76 = fmul double %49, %75
  %77 = getelementptr inbounds nuw i8, ptr %8, i64 88
  %78 = load double, ptr %77, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %79 = fmul double %49, %78
  %80 = getelementptr inbounds nuw i8, ptr %8, i64 80
  %81 = load double, ptr %80, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %82 = fmul double %49, %81
  %83 = getelementptr inbounds nuw i8, ptr %8, i64 72
  %84 = load double, ptr %83, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %85 = fmul double %49, %84
  %86 = getelementptr inbounds nuw i8, ptr %8, i64 64
  %87 = load double, ptr %86, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %88 = fmul double %49, %87
  %89 = getelementptr inbounds nuw i8, ptr %8, i64 56
  %90 = load double, ptr %89, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %91 = fmul double %49, %90
  %92 = getelementptr inbounds nuw i8, ptr %8, i64 48
  %93 = load double, ptr %92, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %94 = fmul double %49, %93
  %95 = getelementptr inbounds nuw i8, ptr %8, i64 40
  %96 = load double, ptr %95, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %97 = fmul double %49, %96
  %98 = getelementptr inbounds nuw i8, ptr %8, i64 32
  %99 = load double, ptr %98, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %100 = fmul double %49, %99
  %101 = getelementptr inbounds nuw i8, ptr %8, i64 24
  %102 = load double, ptr %101, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %103 = fmul double %49, %102
  %104 = getelementptr inbounds nuw i8, ptr %8, i64 16
  %105 = load double, ptr %104, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %106 = fmul double %49, %105
  %107 = getelementptr inbounds nuw i8, ptr %8, i64 8
  %108 = load double, ptr %107, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %109 = fmul double %49, %108
  %110 = load double, ptr %8, align 8, !tbaa !5, !alias.scope !54, !noalias !57
  %111 = fmul double %49, %110
  %"'ipg183.i" = getelementptr inbounds nuw i8, ptr %31, i64 32
  %112 = getelementptr inbounds nuw i8, ptr %1, i64 32
  %113 = load double, ptr %112, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %114 = fmul double %113, 2.000000e+00
  %"'ipg181.i" = getelementptr inbounds nuw i8, ptr %31, i64 8
  %115 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %116 = load double, ptr %115, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %117 = fmul double %116, 2.000000e+00
  %118 = fmul double %51, %117
  %119 = fmul double %54, %117
  %120 = fmul double %57, %117
  %121 = fmul double %60, %117
  %122 = fmul double %63, %117
  %123 = fmul double %66, %117
  %124 = fmul double %69, %117
  %125 = fmul double %72, %117
  %126 = fmul double %75, %117
  %127 = fmul double %78, %117
  %128 = fmul double %81, %117
  %129 = fmul double %84, %117
  %130 = fmul double %87, %117
  %131 = fmul double %90, %117
  %132 = fmul double %93, %117
  %133 = fmul double %96, %117
  %134 = fmul double %99, %117
  %135 = fmul double %102, %117
  %136 = fmul double %105, %117
  %137 = fmul double %108, %117
  %138 = fmul double %110, %117
  %"'ipg178.i" = getelementptr inbounds nuw i8, ptr %31, i64 24
  %139 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %140 = load double, ptr %139, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %141 = fmul double %140, 2.000000e+00
  %142 = load double, ptr %1, align 8, !tbaa !5, !alias.scope !49, !noalias !52
  %143 = fmul double %142, 2.000000e+00
  %144 = fmul double %51, %143
  %145 = fmul double %54, %143
  %146 = fmul double %57, %143
  %147 = fmul double %60, %143
  %148 = fmul double %63, %143
  %149 = fmul double %66, %143
  %150 = fmul double %69, %143
  %151 = fmul double %72, %143
  %152 = fmul double %75, %143
  %153 = fmul double %78, %143
  %154 = fmul double %81, %143
  %155 = fmul double %84, %143
  %156 = fmul double %87, %143
  %157 = fmul double %90, %143
  %158 = fmul double %93, %143
  %159 = fmul double %96, %143
  %160 = fmul double %99, %143
  %161 = fmul double %102, %143
  %162 = fmul double %105, %143
  %163 = fmul double %108, %143
  %164 = fmul double %110, %143
  store double %164, ptr %43, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg172.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 8
  %165 = getelementptr inbounds nuw i8, ptr %43, i64 8
  store double %163, ptr %165, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg170.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 16
  %166 = getelementptr inbounds nuw i8, ptr %43, i64 16
  store double %162, ptr %166, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg168.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 24
  %167 = getelementptr inbounds nuw i8, ptr %43, i64 24
  store double %161, ptr %167, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg166.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 32
  %168 = getelementptr inbounds nuw i8, ptr %43, i64 32
  store double %160, ptr %168, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg164.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 40
  %169 = getelementptr inbounds nuw i8, ptr %43, i64 40
  store double %159, ptr %169, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg162.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 48
  %170 = getelementptr inbounds nuw i8, ptr %43, i64 48
  store double %158, ptr %170, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg160.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 56
  %171 = getelementptr inbounds nuw i8, ptr %43, i64 56
  store double %157, ptr %171, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg158.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 64
  %172 = getelementptr inbounds nuw i8, ptr %43, i64 64
  store double %156, ptr %172, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg156.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 72
  %173 = getelementptr inbounds nuw i8, ptr %43, i64 72
  store double %155, ptr %173, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg154.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 80
  %174 = getelementptr inbounds nuw i8, ptr %43, i64 80
  store double %154, ptr %174, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg152.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 88
  %175 = getelementptr inbounds nuw i8, ptr %43, i64 88
  store double %153, ptr %175, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg150.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 96
  %176 = getelementptr inbounds nuw i8, ptr %43, i64 96
  store double %152, ptr %176, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg148.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 104
  %177 = getelementptr inbounds nuw i8, ptr %43, i64 104
  store double %151, ptr %177, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg146.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 112
  %178 = getelementptr inbounds nuw i8, ptr %43, i64 112
  store double %150, ptr %178, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg144.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 120
  %179 = getelementptr inbounds nuw i8, ptr %43, i64 120
  store double %149, ptr %179, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg142.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 128
  %180 = getelementptr inbounds nuw i8, ptr %43, i64 128
  store double %148, ptr %180, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg140.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 136
  %181 = getelementptr inbounds nuw i8, ptr %43, i64 136
  store double %147, ptr %181, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg138.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 144
  %182 = getelementptr inbounds nuw i8, ptr %43, i64 144
  store double %146, ptr %182, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg136.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 152
  %183 = getelementptr inbounds nuw i8, ptr %43, i64 152
  store double %145, ptr %183, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg134.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 160
  %184 = getelementptr inbounds nuw i8, ptr %43, i64 160
  store double %144, ptr %184, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg133.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 168
  %185 = getelementptr inbounds nuw i8, ptr %43, i64 168
  store double %141, ptr %185, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg132.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 176
  %186 = getelementptr inbounds nuw i8, ptr %43, i64 176
  store double %141, ptr %186, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg131.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 184
  %187 = getelementptr inbounds nuw i8, ptr %43, i64 184
  store double %141, ptr %187, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg130.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 192
  %188 = getelementptr inbounds nuw i8, ptr %43, i64 192
  store double %141, ptr %188, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg129.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 200
  %189 = getelementptr inbounds nuw i8, ptr %43, i64 200
  store double %141, ptr %189, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg128.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 208
  %190 = getelementptr inbounds nuw i8, ptr %43, i64 208
  store double %141, ptr %190, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg127.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 216
  %191 = getelementptr inbounds nuw i8, ptr %43, i64 216
  store double %141, ptr %191, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg126.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 224
  %192 = getelementptr inbounds nuw i8, ptr %43, i64 224
  store double %141, ptr %192, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg125.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 232
  %193 = getelementptr inbounds nuw i8, ptr %43, i64 232
  store double %141, ptr %193, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg124.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 240
  %194 = getelementptr inbounds nuw i8, ptr %43, i64 240
  store double %141, ptr %194, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg123.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 248
  %195 = getelementptr inbounds nuw i8, ptr %43, i64 248
  store double %141, ptr %195, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg122.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 256
  %196 = getelementptr inbounds nuw i8, ptr %43, i64 256
  store double %141, ptr %196, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg121.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 264
  %197 = getelementptr inbounds nuw i8, ptr %43, i64 264
  store double %141, ptr %197, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg119.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 272
  %198 = getelementptr inbounds nuw i8, ptr %43, i64 272
  store double %141, ptr %198, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg117.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 280
  %199 = getelementptr inbounds nuw i8, ptr %43, i64 280
  store double %138, ptr %199, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg115.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 288
  %200 = getelementptr inbounds nuw i8, ptr %43, i64 288
  store double %137, ptr %200, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg113.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 296
  %201 = getelementptr inbounds nuw i8, ptr %43, i64 296
  store double %136, ptr %201, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg111.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 304
  %202 = getelementptr inbounds nuw i8, ptr %43, i64 304
  store double %135, ptr %202, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg109.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 312
  %203 = getelementptr inbounds nuw i8, ptr %43, i64 312
  store double %134, ptr %203, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg107.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 320
  %204 = getelementptr inbounds nuw i8, ptr %43, i64 320
  store double %133, ptr %204, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg105.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 328
  %205 = getelementptr inbounds nuw i8, ptr %43, i64 328
  store double %132, ptr %205, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg103.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 336
  %206 = getelementptr inbounds nuw i8, ptr %43, i64 336
  store double %131, ptr %206, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg101.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 344
  %207 = getelementptr inbounds nuw i8, ptr %43, i64 344
  store double %130, ptr %207, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg99.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 352
  %208 = getelementptr inbounds nuw i8, ptr %43, i64 352
  store double %129, ptr %208, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg97.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 360
  %209 = getelementptr inbounds nuw i8, ptr %43, i64 360
  store double %128, ptr %209, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg95.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 368
  %210 = getelementptr inbounds nuw i8, ptr %43, i64 368
  store double %127, ptr %210, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg93.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 376
  %211 = getelementptr inbounds nuw i8, ptr %43, i64 376
  store double %126, ptr %211, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg91.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 384
  %212 = getelementptr inbounds nuw i8, ptr %43, i64 384
  store double %125, ptr %212, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg89.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 392
  %213 = getelementptr inbounds nuw i8, ptr %43, i64 392
  store double %124, ptr %213, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg87.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 400
  %214 = getelementptr inbounds nuw i8, ptr %43, i64 400
  store double %123, ptr %214, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg85.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 408
  %215 = getelementptr inbounds nuw i8, ptr %43, i64 408
  store double %122, ptr %215, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg83.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 416
  %216 = getelementptr inbounds nuw i8, ptr %43, i64 416
  store double %121, ptr %216, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg81.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 424
  %217 = getelementptr inbounds nuw i8, ptr %43, i64 424
  store double %120, ptr %217, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg79.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 432
  %218 = getelementptr inbounds nuw i8, ptr %43, i64 432
  store double %119, ptr %218, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg77.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 440
  %219 = getelementptr inbounds nuw i8, ptr %43, i64 440
  store double %118, ptr %219, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg76.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 448
  %220 = getelementptr inbounds nuw i8, ptr %43, i64 448
  store double %114, ptr %220, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg75.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 456
  %221 = getelementptr inbounds nuw i8, ptr %43, i64 456
  store double %114, ptr %221, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg74.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 464
  %222 = getelementptr inbounds nuw i8, ptr %43, i64 464
  store double %114, ptr %222, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg73.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 472
  %223 = getelementptr inbounds nuw i8, ptr %43, i64 472
  store double %114, ptr %223, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg72.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 480
  %224 = getelementptr inbounds nuw i8, ptr %43, i64 480
  store double %114, ptr %224, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg71.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 488
  %225 = getelementptr inbounds nuw i8, ptr %43, i64 488
  store double %114, ptr %225, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg70.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 496
  %226 = getelementptr inbounds nuw i8, ptr %43, i64 496
  store double %114, ptr %226, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg69.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 504
  %227 = getelementptr inbounds nuw i8, ptr %43, i64 504
  store double %114, ptr %227, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg68.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 512
  %228 = getelementptr inbounds nuw i8, ptr %43, i64 512
  store double %114, ptr %228, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg67.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 520
  %229 = getelementptr inbounds nuw i8, ptr %43, i64 520
  store double %114, ptr %229, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg66.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 528
  %230 = getelementptr inbounds nuw i8, ptr %43, i64 528
  store double %114, ptr %230, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg65.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 536
  %231 = getelementptr inbounds nuw i8, ptr %43, i64 536
  store double %114, ptr %231, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg64.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 544
  %232 = getelementptr inbounds nuw i8, ptr %43, i64 544
  store double %114, ptr %232, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg62.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 552
  %233 = getelementptr inbounds nuw i8, ptr %43, i64 552
  store double %114, ptr %233, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg60.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 560
  %234 = getelementptr inbounds nuw i8, ptr %43, i64 560
  store double %111, ptr %234, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg58.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 568
  %235 = getelementptr inbounds nuw i8, ptr %43, i64 568
  store double %109, ptr %235, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg56.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 576
  %236 = getelementptr inbounds nuw i8, ptr %43, i64 576
  store double %106, ptr %236, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg54.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 584
  %237 = getelementptr inbounds nuw i8, ptr %43, i64 584
  store double %103, ptr %237, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg52.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 592
  %238 = getelementptr inbounds nuw i8, ptr %43, i64 592
  store double %100, ptr %238, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg50.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 600
  %239 = getelementptr inbounds nuw i8, ptr %43, i64 600
  store double %97, ptr %239, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg48.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 608
  %240 = getelementptr inbounds nuw i8, ptr %43, i64 608
  store double %94, ptr %240, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg46.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 616
  %241 = getelementptr inbounds nuw i8, ptr %43, i64 616
  store double %91, ptr %241, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg44.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 624
  %242 = getelementptr inbounds nuw i8, ptr %43, i64 624
  store double %88, ptr %242, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg42.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 632
  %243 = getelementptr inbounds nuw i8, ptr %43, i64 632
  store double %85, ptr %243, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg40.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 640
  %244 = getelementptr inbounds nuw i8, ptr %43, i64 640
  store double %82, ptr %244, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg38.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 648
  %245 = getelementptr inbounds nuw i8, ptr %43, i64 648
  store double %79, ptr %245, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg36.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 656
  %246 = getelementptr inbounds nuw i8, ptr %43, i64 656
  store double %76, ptr %246, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg34.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 664
  %247 = getelementptr inbounds nuw i8, ptr %43, i64 664
  store double %73, ptr %247, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg32.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 672
  %248 = getelementptr inbounds nuw i8, ptr %43, i64 672
  store double %70, ptr %248, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg30.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 680
  %249 = getelementptr inbounds nuw i8, ptr %43, i64 680
  store double %67, ptr %249, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg28.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 688
  %250 = getelementptr inbounds nuw i8, ptr %43, i64 688
  store double %64, ptr %250, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg26.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 696
  %251 = getelementptr inbounds nuw i8, ptr %43, i64 696
  store double %61, ptr %251, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg24.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 704
  %252 = getelementptr inbounds nuw i8, ptr %43, i64 704
  store double %58, ptr %252, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg22.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 712
  %253 = getelementptr inbounds nuw i8, ptr %43, i64 712
  store double %55, ptr %253, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg20.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 720
  %254 = getelementptr inbounds nuw i8, ptr %43, i64 720
  store double %52, ptr %254, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg19.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 728
  %255 = getelementptr inbounds nuw i8, ptr %43, i64 728
  store double %46, ptr %255, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg18.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 736
  %256 = getelementptr inbounds nuw i8, ptr %43, i64 736
  store double %46, ptr %256, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg17.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 744
  %257 = getelementptr inbounds nuw i8, ptr %43, i64 744
  store double %46, ptr %257, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg16.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 752
  %258 = getelementptr inbounds nuw i8, ptr %43, i64 752
  store double %46, ptr %258, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg15.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 760
  %259 = getelementptr inbounds nuw i8, ptr %43, i64 760
  store double %46, ptr %259, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg14.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 768
  %260 = getelementptr inbounds nuw i8, ptr %43, i64 768
  store double %46, ptr %260, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg13.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 776
  %261 = getelementptr inbounds nuw i8, ptr %43, i64 776
  store double %46, ptr %261, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg12.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 784
  %262 = getelementptr inbounds nuw i8, ptr %43, i64 784
  store double %46, ptr %262, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg11.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 792
  %263 = getelementptr inbounds nuw i8, ptr %43, i64 792
  store double %46, ptr %263, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg10.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 800
  %264 = getelementptr inbounds nuw i8, ptr %43, i64 800
  store double %46, ptr %264, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg9.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 808
  %265 = getelementptr inbounds nuw i8, ptr %43, i64 808
  store double %46, ptr %265, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg8.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 816
  %266 = getelementptr inbounds nuw i8, ptr %43, i64 816
  store double %46, ptr %266, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg7.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 824
  %267 = getelementptr inbounds nuw i8, ptr %43, i64 824
  store double %46, ptr %267, align 8, !tbaa !5, !alias.scope !59, !noalias !62
  %"'ipg.i" = getelementptr inbounds nuw i8, ptr %"'mi.i", i64 832
  %268 = getelementptr inbounds nuw i8, ptr %43, i64 832
  store double %46, ptr %268, align 8, !tbaa !5, !alias.scope !59, !noalias !62
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
  %.fca.1.gep108.i = getelementptr inbounds nuw i8, ptr %24, i64 8
  store ptr %8, ptr %.fca.1.gep108.i, align 8
  %.fca.2.gep110.i = getelementptr inbounds nuw i8, ptr %24, i64 16
  store i64 %9, ptr %.fca.2.gep110.i, align 8
  %.fca.3.0.gep112.i = getelementptr inbounds nuw i8, ptr %24, i64 24
  store i64 %10, ptr %.fca.3.0.gep112.i, align 8
  %.fca.4.0.gep114.i = getelementptr inbounds nuw i8, ptr %24, i64 32
  store i64 %11, ptr %.fca.4.0.gep114.i, align 8
  store ptr %12, ptr %23, align 8
  %.fca.1.gep118.i = getelementptr inbounds nuw i8, ptr %23, i64 8
  store ptr %13, ptr %.fca.1.gep118.i, align 8
  %.fca.2.gep120.i = getelementptr inbounds nuw i8, ptr %23, i64 16
  store i64 %14, ptr %.fca.2.gep120.i, align 8
  %.fca.3.0.gep122.i = getelementptr inbounds nuw i8, ptr %23, i64 24
  store i64 %15, ptr %.fca.3.0.gep122.i, align 8
  %.fca.3.1.gep124.i = getelementptr inbounds nuw i8, ptr %23, i64 32
  store i64 %16, ptr %.fca.3.1.gep124.i, align 8
  %.fca.4.0.gep126.i = getelementptr inbounds nuw i8, ptr %23, i64 40
  store i64 %17, ptr %.fca.4.0.gep126.i, align 8
  %.fca.4.1.gep128.i = getelementptr inbounds nuw i8, ptr %23, i64 48
  store i64 %18, ptr %.fca.4.1.gep128.i, align 8
  store ptr %"'mi.i", ptr %"'ipa3.i", align 8, !alias.scope !69, !noalias !72
  store ptr %43, ptr %22, align 8, !alias.scope !72, !noalias !69
  %.fca.1.gep132.i = getelementptr inbounds nuw i8, ptr %22, i64 8
  store ptr %"'mi.i", ptr %.fca.1.gep196.i, align 8, !alias.scope !69, !noalias !72
  store ptr %43, ptr %.fca.1.gep132.i, align 8, !alias.scope !72, !noalias !69
  %.fca.2.gep134.i = getelementptr inbounds nuw i8, ptr %22, i64 16
  store i64 0, ptr %.fca.2.gep197.i, align 8, !alias.scope !69, !noalias !72
  store i64 0, ptr %.fca.2.gep134.i, align 8, !alias.scope !72, !noalias !69
  %.fca.3.0.gep136.i = getelementptr inbounds nuw i8, ptr %22, i64 24
  store i64 %19, ptr %.fca.3.0.gep198.i, align 8, !alias.scope !69, !noalias !72
  store i64 %19, ptr %.fca.3.0.gep136.i, align 8, !alias.scope !72, !noalias !69
  %.fca.4.0.gep138.i = getelementptr inbounds nuw i8, ptr %22, i64 32
  store i64 1, ptr %.fca.4.0.gep199.i, align 8, !alias.scope !69, !noalias !72
  store i64 1, ptr %.fca.4.0.gep138.i, align 8, !alias.scope !72, !noalias !69
  %"'mi5.i" = tail call noalias nonnull ptr @_mlir_memref_to_llvm_alloc(i64 8) #8
  store i64 0, ptr %"'mi5.i", align 1
  %269 = tail call ptr @_mlir_memref_to_llvm_alloc(i64 8) #8
  store ptr %"'mi5.i", ptr %"'ipa4.i", align 8, !alias.scope !74, !noalias !77
  store ptr %269, ptr %21, align 8, !alias.scope !77, !noalias !74
  %.fca.1.gep142.i = getelementptr inbounds nuw i8, ptr %21, i64 8
  store ptr %"'mi5.i", ptr %.fca.1.gep201.i, align 8, !alias.scope !74, !noalias !77
  store ptr %269, ptr %.fca.1.gep142.i, align 8, !alias.scope !77, !noalias !74
  %.fca.2.gep144.i = getelementptr inbounds nuw i8, ptr %21, i64 16
  store i64 0, ptr %.fca.2.gep202.i, align 8, !alias.scope !74, !noalias !77
  store i64 0, ptr %.fca.2.gep144.i, align 8, !alias.scope !77, !noalias !74
  call void @energy_0.quantum(ptr nonnull readonly %25, ptr nonnull readonly %24, ptr nonnull readonly %23, ptr nonnull readonly %22, ptr nonnull readonly %21)
  %270 = load double, ptr %269, align 8, !tbaa !5, !alias.scope !79, !noalias !82
  store double %270, ptr %39, align 8, !tbaa !5, !alias.scope !84, !noalias !87
  %271 = load double, ptr %30, align 64, !tbaa !5, !alias.scope !87, !noalias !84
  store double 0.000000e+00, ptr %30, align 64, !tbaa !5, !alias.scope !87, !noalias !84
  %272 = load double, ptr %"'mi5.i", align 8, !tbaa !5, !alias.scope !82, !noalias !79
  %273 = fadd fast double %272, %271
  store double %273, ptr %"'mi5.i", align 8, !tbaa !5, !alias.scope !82, !noalias !79
  call void @energy_0.quantum.customqgrad(ptr nonnull readonly %25, ptr nonnull readnone poison, ptr nonnull readonly %24, ptr nonnull readonly poison, ptr nonnull readonly %23, ptr nonnull readonly poison, ptr nonnull readnone poison, ptr nonnull readonly %"'ipa3.i", ptr nonnull readnone poison, ptr nonnull readonly %"'ipa4.i", ptr poison)
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %"'mi5.i")
  tail call void @_mlir_memref_to_llvm_free(ptr nonnull %269)
  %274 = load double, ptr %"'ipg.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %275 = load double, ptr %"'ipg7.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg7.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %276 = fadd fast double %275, %274
  %277 = load double, ptr %"'ipg8.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg8.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %278 = fadd fast double %276, %277
  %279 = load double, ptr %"'ipg9.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg9.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %280 = fadd fast double %278, %279
  %281 = load double, ptr %"'ipg10.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg10.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %282 = fadd fast double %280, %281
  %283 = load double, ptr %"'ipg11.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg11.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %284 = fadd fast double %282, %283
  %285 = load double, ptr %"'ipg12.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg12.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %286 = fadd fast double %284, %285
  %287 = load double, ptr %"'ipg13.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg13.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %288 = fadd fast double %286, %287
  %289 = load double, ptr %"'ipg14.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg14.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %290 = fadd fast double %288, %289
  %291 = load double, ptr %"'ipg15.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg15.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %292 = fadd fast double %290, %291
  %293 = load double, ptr %"'ipg16.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg16.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %294 = fadd fast double %292, %293
  %295 = load double, ptr %"'ipg17.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg17.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %296 = fadd fast double %294, %295
  %297 = load double, ptr %"'ipg18.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg18.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %298 = fadd fast double %296, %297
  %299 = load double, ptr %"'ipg19.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg19.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %300 = fadd fast double %298, %299
  %301 = load double, ptr %"'ipg20.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg20.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %302 = load double, ptr %"'ipg22.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg22.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %303 = load double, ptr %"'ipg24.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg24.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %304 = load double, ptr %"'ipg26.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg26.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %305 = load double, ptr %"'ipg28.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg28.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %306 = load double, ptr %"'ipg30.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg30.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %307 = load double, ptr %"'ipg32.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg32.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %308 = load double, ptr %"'ipg34.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg34.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %309 = load double, ptr %"'ipg36.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg36.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %310 = load double, ptr %"'ipg38.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg38.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %311 = load double, ptr %"'ipg40.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg40.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %312 = load double, ptr %"'ipg42.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg42.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %313 = load double, ptr %"'ipg44.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg44.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %314 = load double, ptr %"'ipg46.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg46.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %315 = load double, ptr %"'ipg48.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg48.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %316 = load double, ptr %"'ipg50.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg50.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %317 = load double, ptr %"'ipg52.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg52.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %318 = load double, ptr %"'ipg54.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg54.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %319 = load double, ptr %"'ipg56.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg56.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %320 = load double, ptr %"'ipg58.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg58.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %321 = load double, ptr %"'ipg60.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg60.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %322 = load double, ptr %"'ipg62.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg62.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %323 = load double, ptr %"'ipg64.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg64.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %324 = fadd fast double %323, %322
  %325 = load double, ptr %"'ipg65.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg65.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %326 = fadd fast double %324, %325
  %327 = load double, ptr %"'ipg66.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg66.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %328 = fadd fast double %326, %327
  %329 = load double, ptr %"'ipg67.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg67.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %330 = fadd fast double %328, %329
  %331 = load double, ptr %"'ipg68.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg68.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %332 = fadd fast double %330, %331
  %333 = load double, ptr %"'ipg69.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg69.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %334 = fadd fast double %332, %333
  %335 = load double, ptr %"'ipg70.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg70.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %336 = fadd fast double %334, %335
  %337 = load double, ptr %"'ipg71.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg71.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %338 = fadd fast double %336, %337
  %339 = load double, ptr %"'ipg72.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg72.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %340 = fadd fast double %338, %339
  %341 = load double, ptr %"'ipg73.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg73.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %342 = fadd fast double %340, %341
  %343 = load double, ptr %"'ipg74.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg74.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %344 = fadd fast double %342, %343
  %345 = load double, ptr %"'ipg75.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg75.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %346 = fadd fast double %344, %345
  %347 = load double, ptr %"'ipg76.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg76.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %348 = fadd fast double %346, %347
  %349 = load double, ptr %"'ipg77.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg77.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %350 = load double, ptr %"'ipg79.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg79.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %351 = load double, ptr %"'ipg81.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg81.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %352 = load double, ptr %"'ipg83.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg83.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %353 = load double, ptr %"'ipg85.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg85.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %354 = load double, ptr %"'ipg87.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg87.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %355 = load double, ptr %"'ipg89.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg89.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %356 = load double, ptr %"'ipg91.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg91.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %357 = load double, ptr %"'ipg93.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg93.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %358 = load double, ptr %"'ipg95.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg95.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %359 = load double, ptr %"'ipg97.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg97.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %360 = load double, ptr %"'ipg99.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg99.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %361 = load double, ptr %"'ipg101.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg101.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %362 = load double, ptr %"'ipg103.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg103.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %363 = load double, ptr %"'ipg105.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg105.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %364 = load double, ptr %"'ipg107.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg107.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %365 = load double, ptr %"'ipg109.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg109.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %366 = load double, ptr %"'ipg111.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg111.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %367 = load double, ptr %"'ipg113.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg113.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %368 = load double, ptr %"'ipg115.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg115.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %369 = load double, ptr %"'ipg117.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg117.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %370 = load double, ptr %"'ipg119.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg119.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %371 = load double, ptr %"'ipg121.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg121.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %372 = fadd fast double %371, %370
  %373 = load double, ptr %"'ipg122.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg122.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %374 = fadd fast double %372, %373
  %375 = load double, ptr %"'ipg123.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg123.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %376 = fadd fast double %374, %375
  %377 = load double, ptr %"'ipg124.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg124.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %378 = fadd fast double %376, %377
  %379 = load double, ptr %"'ipg125.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg125.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %380 = fadd fast double %378, %379
  %381 = load double, ptr %"'ipg126.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg126.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %382 = fadd fast double %380, %381
  %383 = load double, ptr %"'ipg127.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg127.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %384 = fadd fast double %382, %383
  %385 = load double, ptr %"'ipg128.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg128.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %386 = fadd fast double %384, %385
  %387 = load double, ptr %"'ipg129.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg129.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %388 = fadd fast double %386, %387
  %389 = load double, ptr %"'ipg130.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg130.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %390 = fadd fast double %388, %389
  %391 = load double, ptr %"'ipg131.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg131.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %392 = fadd fast double %390, %391
  %393 = load double, ptr %"'ipg132.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg132.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %394 = fadd fast double %392, %393
  %395 = load double, ptr %"'ipg133.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg133.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %396 = fadd fast double %394, %395
  %397 = load double, ptr %"'ipg134.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg134.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %398 = load double, ptr %"'ipg136.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg136.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %399 = load double, ptr %"'ipg138.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg138.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %400 = load double, ptr %"'ipg140.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg140.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %401 = load double, ptr %"'ipg142.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg142.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %402 = load double, ptr %"'ipg144.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg144.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %403 = load double, ptr %"'ipg146.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg146.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %404 = load double, ptr %"'ipg148.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg148.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %405 = load double, ptr %"'ipg150.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg150.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %406 = load double, ptr %"'ipg152.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg152.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %407 = load double, ptr %"'ipg154.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg154.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %408 = load double, ptr %"'ipg156.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg156.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %409 = load double, ptr %"'ipg158.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg158.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %410 = load double, ptr %"'ipg160.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg160.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %411 = load double, ptr %"'ipg162.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg162.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %412 = load double, ptr %"'ipg164.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg164.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %413 = load double, ptr %"'ipg166.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg166.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %414 = load double, ptr %"'ipg168.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg168.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %415 = load double, ptr %"'ipg170.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg170.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %416 = load double, ptr %"'ipg172.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'ipg172.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %417 = load double, ptr %"'mi.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  store double 0.000000e+00, ptr %"'mi.i", align 8, !tbaa !5, !alias.scope !62, !noalias !59
  %418 = fmul fast double %417, %110
  %419 = fmul fast double %416, %108
  %420 = fmul fast double %415, %105
  %421 = fmul fast double %414, %102
  %422 = fmul fast double %413, %99
  %423 = fmul fast double %412, %96
  %424 = fmul fast double %411, %93
  %425 = fmul fast double %410, %90
  %426 = fmul fast double %409, %87
  %427 = fmul fast double %408, %84
  %428 = fmul fast double %407, %81
  %429 = fmul fast double %406, %78
  %430 = fmul fast double %405, %75
  %431 = fmul fast double %404, %72
  %432 = fmul fast double %403, %69
  %433 = fmul fast double %402, %66
  %434 = fmul fast double %401, %63
  %435 = fmul fast double %400, %60
  %436 = fmul fast double %399, %57
  %437 = fmul fast double %398, %54
  %438 = fmul fast double %397, %51
  %439 = fadd fast double %437, %438
  %440 = fadd fast double %439, %436
  %441 = fadd fast double %440, %435
  %442 = fadd fast double %441, %434
  %443 = fadd fast double %442, %433
  %444 = fadd fast double %443, %432
  %445 = fadd fast double %444, %431
  %446 = fadd fast double %445, %430
  %447 = fadd fast double %446, %429
  %448 = fadd fast double %447, %428
  %449 = fadd fast double %448, %427
  %450 = fadd fast double %449, %426
  %451 = fadd fast double %450, %425
  %452 = fadd fast double %451, %424
  %453 = fadd fast double %452, %423
  %454 = fadd fast double %453, %422
  %455 = fadd fast double %454, %421
  %456 = fadd fast double %455, %420
  %457 = fadd fast double %456, %419
  %458 = fadd fast double %457, %418
  %459 = fmul fast double %458, 2.000000e+00
  %460 = load double, ptr %31, align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %461 = fadd fast double %459, %460
  store double %461, ptr %31, align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %462 = fmul fast double %396, 2.000000e+00
  %463 = load double, ptr %"'ipg178.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %464 = fadd fast double %463, %462
  store double %464, ptr %"'ipg178.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %465 = fmul fast double %369, %110
  %466 = fmul fast double %368, %108
  %467 = fmul fast double %367, %105
  %468 = fmul fast double %366, %102
  %469 = fmul fast double %365, %99
  %470 = fmul fast double %364, %96
  %471 = fmul fast double %363, %93
  %472 = fmul fast double %362, %90
  %473 = fmul fast double %361, %87
  %474 = fmul fast double %360, %84
  %475 = fmul fast double %359, %81
  %476 = fmul fast double %358, %78
  %477 = fmul fast double %357, %75
  %478 = fmul fast double %356, %72
  %479 = fmul fast double %355, %69
  %480 = fmul fast double %354, %66
  %481 = fmul fast double %353, %63
  %482 = fmul fast double %352, %60
  %483 = fmul fast double %351, %57
  %484 = fmul fast double %350, %54
  %485 = fmul fast double %349, %51
  %486 = fadd fast double %484, %485
  %487 = fadd fast double %486, %483
  %488 = fadd fast double %487, %482
  %489 = fadd fast double %488, %481
  %490 = fadd fast double %489, %480
  %491 = fadd fast double %490, %479
  %492 = fadd fast double %491, %478
  %493 = fadd fast double %492, %477
  %494 = fadd fast double %493, %476
  %495 = fadd fast double %494, %475
  %496 = fadd fast double %495, %474
  %497 = fadd fast double %496, %473
  %498 = fadd fast double %497, %472
  %499 = fadd fast double %498, %471
  %500 = fadd fast double %499, %470
  %501 = fadd fast double %500, %469
  %502 = fadd fast double %501, %468
  %503 = fadd fast double %502, %467
  %504 = fadd fast double %503, %466
  %505 = fadd fast double %504, %465
  %506 = fmul fast double %505, 2.000000e+00
  %507 = load double, ptr %"'ipg181.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %508 = fadd fast double %507, %506
  store double %508, ptr %"'ipg181.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %509 = fmul fast double %348, 2.000000e+00
  %510 = load double, ptr %"'ipg183.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %511 = fadd fast double %510, %509
  store double %511, ptr %"'ipg183.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %512 = fmul fast double %321, %110
  %513 = fmul fast double %320, %108
  %514 = fmul fast double %319, %105
  %515 = fmul fast double %318, %102
  %516 = fmul fast double %317, %99
  %517 = fmul fast double %316, %96
  %518 = fmul fast double %315, %93
  %519 = fmul fast double %314, %90
  %520 = fmul fast double %313, %87
  %521 = fmul fast double %312, %84
  %522 = fmul fast double %311, %81
  %523 = fmul fast double %310, %78
  %524 = fmul fast double %309, %75
  %525 = fmul fast double %308, %72
  %526 = fmul fast double %307, %69
  %527 = fmul fast double %306, %66
  %528 = fmul fast double %305, %63
  %529 = fmul fast double %304, %60
  %530 = fmul fast double %303, %57
  %531 = fmul fast double %302, %54
  %532 = fmul fast double %301, %51
  %533 = fadd fast double %531, %532
  %534 = fadd fast double %533, %530
  %535 = fadd fast double %534, %529
  %536 = fadd fast double %535, %528
  %537 = fadd fast double %536, %527
  %538 = fadd fast double %537, %526
  %539 = fadd fast double %538, %525
  %540 = fadd fast double %539, %524
  %541 = fadd fast double %540, %523
  %542 = fadd fast double %541, %522
  %543 = fadd fast double %542, %521
  %544 = fadd fast double %543, %520
  %545 = fadd fast double %544, %519
  %546 = fadd fast double %545, %518
  %547 = fadd fast double %546, %517
  %548 = fadd fast double %547, %516
  %549 = fadd fast double %548, %515
  %550 = fadd fast double %549, %514
  %551 = fadd fast double %550, %513
  %552 = fadd fast double %551, %512
  %553 = fmul fast double %552, 2.000000e+00
  %554 = load double, ptr %"'ipg186.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %555 = fadd fast double %554, %553
  store double %555, ptr %"'ipg186.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %556 = fmul fast double %300, 2.000000e+00
  %557 = load double, ptr %"'ipg188.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
  %558 = fadd fast double %557, %556
  store double %558, ptr %"'ipg188.i", align 8, !tbaa !5, !alias.scope !52, !noalias !49
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
  %559 = insertvalue { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } poison, { ptr, ptr, i64 } %42, 0
  %560 = insertvalue { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } %559, { ptr, ptr, i64, [2 x i64], [2 x i64] } %38, 1
  ret { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } %560
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
