; ModuleID = 'LLVMDialectModule'
source_filename = "LLVMDialectModule"

@"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}" = internal constant [54 x i8] c"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}\00"
@LightningSimulator = internal constant [19 x i8] c"LightningSimulator\00"
@"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so" = internal constant [97 x i8] c"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so\00"
@enzyme_dupnoneed = linkonce constant i8 0
@enzyme_const = linkonce constant i8 0
@__enzyme_function_like_free = global [2 x ptr] [ptr @_mlir_memref_to_llvm_free, ptr @freename]
@freename = linkonce constant [5 x i8] c"free\00"
@dealloc_indices = linkonce constant [3 x i8] c"-1\00"
@__enzyme_allocation_like = global [4 x ptr] [ptr @_mlir_memref_to_llvm_alloc, ptr null, ptr @dealloc_indices, ptr @_mlir_memref_to_llvm_free]
@__enzyme_register_gradient_energy_0.quantum = global [3 x ptr] [ptr @energy_0.quantum, ptr @energy_0.quantum.augfwd, ptr @energy_0.quantum.customqgrad]
@__constant_xf64 = private constant double 5.000000e-02, align 64

declare void @__catalyst__rt__finalize()

declare void @__catalyst__rt__initialize(ptr)

declare void @__catalyst__rt__device_release()

declare void @__catalyst__rt__qubit_release_array(ptr)

declare double @__catalyst__qis__Expval(i64)

declare i64 @__catalyst__qis__HamiltonianObs(ptr, i64, ...)

declare i64 @__catalyst__qis__TensorObs(i64, ...)

declare i64 @__catalyst__qis__NamedObs(i64, ptr)

declare void @__catalyst__qis__RX(double, ptr, ptr)

declare void @__catalyst__qis__MultiRZ(double, ptr, i64, ...)

declare void @__catalyst__qis__Hadamard(ptr, ptr)

declare ptr @__catalyst__rt__array_get_element_ptr_1d(ptr, i64)

declare ptr @__catalyst__rt__qubit_allocate_array(i64)

declare void @__catalyst__rt__device_init(ptr, ptr, ptr, i64, i1)

declare void @__enzyme_autodiff0(...)

declare void @_mlir_memref_to_llvm_free(ptr)

declare ptr @_mlir_memref_to_llvm_alloc(i64)

declare void @__catalyst__qis__Gradient(i64, ...)

declare void @__catalyst__rt__toggle_recorder(i1)

define { ptr, ptr, i64, [2 x i64], [2 x i64] } @jit_seg(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, ptr %19, ptr %20, i64 %21) {
  %23 = load i64, ptr %20, align 4, !tbaa !1
  %24 = call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %25 = ptrtoint ptr %24 to i64
  %26 = add i64 %25, 63
  %27 = urem i64 %26, 64
  %28 = sub i64 %26, %27
  %29 = inttoptr i64 %28 to ptr
  %30 = mul i64 %3, 1
  %31 = mul i64 %30, %4
  %32 = mul i64 %31, 8
  %33 = getelementptr inbounds double, ptr %1, i64 %2
  call void @llvm.memcpy.p0.p0.i64(ptr %29, ptr %33, i64 %32, i1 false)
  %34 = call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  %35 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %34, 0
  %36 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %35, ptr %34, 1
  %37 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %36, i64 0, 2
  %38 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %37, i64 2, 3, 0
  %39 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %38, i64 3, 3, 1
  %40 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %39, i64 3, 4, 0
  %41 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %40, i64 1, 4, 1
  call void @llvm.memcpy.p0.p0.i64(ptr %34, ptr %29, i64 48, i1 false)
  call void @_mlir_memref_to_llvm_free(ptr %24)
  br label %42

42:                                               ; preds = %143, %22
  %43 = phi i64 [ %72, %143 ], [ 0, %22 ]
  %44 = phi { ptr, ptr, i64, [2 x i64], [2 x i64] } [ %151, %143 ], [ %41, %22 ]
  %45 = icmp slt i64 %43, %23
  %46 = call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %47 = ptrtoint ptr %46 to i64
  %48 = add i64 %47, 63
  %49 = urem i64 %48, 64
  %50 = sub i64 %48, %49
  %51 = inttoptr i64 %50 to ptr
  %52 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %44, 3, 0
  %53 = mul i64 %52, 1
  %54 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %44, 3, 1
  %55 = mul i64 %53, %54
  %56 = mul i64 %55, 8
  %57 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %44, 1
  %58 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %44, 2
  %59 = getelementptr inbounds double, ptr %57, i64 %58
  call void @llvm.memcpy.p0.p0.i64(ptr %51, ptr %59, i64 %56, i1 false)
  %60 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %44, 0
  call void @_mlir_memref_to_llvm_free(ptr %60)
  %61 = call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  %62 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %61, 0
  %63 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %62, ptr %61, 1
  %64 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %63, i64 0, 2
  %65 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %64, i64 2, 3, 0
  %66 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %65, i64 3, 3, 1
  %67 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %66, i64 3, 4, 0
  %68 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %67, i64 1, 4, 1
  call void @llvm.memcpy.p0.p0.i64(ptr %61, ptr %51, i64 48, i1 false)
  call void @_mlir_memref_to_llvm_free(ptr %46)
  br i1 %45, label %69, label %152

69:                                               ; preds = %42
  %70 = call i64 @energy_0.pcount(ptr %61, ptr %61, i64 0, i64 2, i64 3, i64 3, i64 1, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18)
  %71 = call { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } @energy_0.fullgrad0(ptr %61, ptr %61, i64 0, i64 2, i64 3, i64 3, i64 1, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, i64 %70)
  %72 = add i64 %43, 1
  %73 = call ptr @_mlir_memref_to_llvm_alloc(i64 112)
  %74 = ptrtoint ptr %73 to i64
  %75 = add i64 %74, 63
  %76 = urem i64 %75, 64
  %77 = sub i64 %75, %76
  %78 = inttoptr i64 %77 to ptr
  br label %79

79:                                               ; preds = %92, %69
  %80 = phi i64 [ %93, %92 ], [ 0, %69 ]
  %81 = icmp slt i64 %80, 2
  br i1 %81, label %82, label %94

82:                                               ; preds = %79
  br label %83

83:                                               ; preds = %86, %82
  %84 = phi i64 [ %91, %86 ], [ 0, %82 ]
  %85 = icmp slt i64 %84, 3
  br i1 %85, label %86, label %92

86:                                               ; preds = %83
  %87 = load double, ptr @__constant_xf64, align 8, !tbaa !4
  %88 = mul i64 %80, 3
  %89 = add i64 %88, %84
  %90 = getelementptr inbounds double, ptr %78, i64 %89
  store double %87, ptr %90, align 8, !tbaa !4
  %91 = add i64 %84, 1
  br label %83

92:                                               ; preds = %83
  %93 = add i64 %80, 1
  br label %79

94:                                               ; preds = %79
  br label %95

95:                                               ; preds = %117, %94
  %96 = phi i64 [ %118, %117 ], [ 0, %94 ]
  %97 = icmp slt i64 %96, 2
  br i1 %97, label %98, label %119

98:                                               ; preds = %95
  br label %99

99:                                               ; preds = %102, %98
  %100 = phi i64 [ %116, %102 ], [ 0, %98 ]
  %101 = icmp slt i64 %100, 3
  br i1 %101, label %102, label %117

102:                                              ; preds = %99
  %103 = mul i64 %96, 3
  %104 = add i64 %103, %100
  %105 = getelementptr inbounds double, ptr %78, i64 %104
  %106 = load double, ptr %105, align 8, !tbaa !4
  %107 = extractvalue { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } %71, 1, 1
  %108 = mul i64 %96, 3
  %109 = add i64 %108, %100
  %110 = getelementptr inbounds double, ptr %107, i64 %109
  %111 = load double, ptr %110, align 8, !tbaa !4
  %112 = fmul double %106, %111
  %113 = mul i64 %96, 3
  %114 = add i64 %113, %100
  %115 = getelementptr inbounds double, ptr %78, i64 %114
  store double %112, ptr %115, align 8, !tbaa !4
  %116 = add i64 %100, 1
  br label %99

117:                                              ; preds = %99
  %118 = add i64 %96, 1
  br label %95

119:                                              ; preds = %95
  br label %120

120:                                              ; preds = %141, %119
  %121 = phi i64 [ %142, %141 ], [ 0, %119 ]
  %122 = icmp slt i64 %121, 2
  br i1 %122, label %123, label %143

123:                                              ; preds = %120
  br label %124

124:                                              ; preds = %127, %123
  %125 = phi i64 [ %140, %127 ], [ 0, %123 ]
  %126 = icmp slt i64 %125, 3
  br i1 %126, label %127, label %141

127:                                              ; preds = %124
  %128 = mul i64 %121, 3
  %129 = add i64 %128, %125
  %130 = getelementptr inbounds double, ptr %61, i64 %129
  %131 = load double, ptr %130, align 8, !tbaa !4
  %132 = mul i64 %121, 3
  %133 = add i64 %132, %125
  %134 = getelementptr inbounds double, ptr %78, i64 %133
  %135 = load double, ptr %134, align 8, !tbaa !4
  %136 = fsub double %131, %135
  %137 = mul i64 %121, 3
  %138 = add i64 %137, %125
  %139 = getelementptr inbounds double, ptr %78, i64 %138
  store double %136, ptr %139, align 8, !tbaa !4
  %140 = add i64 %125, 1
  br label %124

141:                                              ; preds = %124
  %142 = add i64 %121, 1
  br label %120

143:                                              ; preds = %120
  call void @_mlir_memref_to_llvm_free(ptr %61)
  %144 = call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  %145 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %144, 0
  %146 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %145, ptr %144, 1
  %147 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %146, i64 0, 2
  %148 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %147, i64 2, 3, 0
  %149 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %148, i64 3, 3, 1
  %150 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %149, i64 3, 4, 0
  %151 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %150, i64 1, 4, 1
  call void @llvm.memcpy.p0.p0.i64(ptr %144, ptr %78, i64 48, i1 false)
  call void @_mlir_memref_to_llvm_free(ptr %73)
  br label %42

152:                                              ; preds = %42
  %153 = ptrtoint ptr %61 to i64
  %154 = icmp eq i64 3735928559, %153
  br i1 %154, label %155, label %164

155:                                              ; preds = %152
  %156 = call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  %157 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %156, 0
  %158 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %157, ptr %156, 1
  %159 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %158, i64 0, 2
  %160 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %159, i64 2, 3, 0
  %161 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %160, i64 3, 3, 1
  %162 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %161, i64 3, 4, 0
  %163 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %162, i64 1, 4, 1
  call void @llvm.memcpy.p0.p0.i64(ptr %156, ptr %61, i64 48, i1 false)
  br label %165

164:                                              ; preds = %152
  br label %165

165:                                              ; preds = %155, %164
  %166 = phi { ptr, ptr, i64, [2 x i64], [2 x i64] } [ %68, %164 ], [ %163, %155 ]
  br label %167

167:                                              ; preds = %165
  ret { ptr, ptr, i64, [2 x i64], [2 x i64] } %166
}

define void @_catalyst_pyface_jit_seg(ptr %0, ptr %1) {
  %3 = load { ptr, ptr, ptr, ptr, ptr }, ptr %1, align 8
  %4 = extractvalue { ptr, ptr, ptr, ptr, ptr } %3, 0
  %5 = extractvalue { ptr, ptr, ptr, ptr, ptr } %3, 1
  %6 = extractvalue { ptr, ptr, ptr, ptr, ptr } %3, 2
  %7 = extractvalue { ptr, ptr, ptr, ptr, ptr } %3, 3
  call void @_catalyst_ciface_jit_seg(ptr %0, ptr %4, ptr %5, ptr %6, ptr %7)
  ret void
}

define void @_catalyst_ciface_jit_seg(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4) {
  %6 = load { ptr, ptr, i64, [2 x i64], [2 x i64] }, ptr %1, align 8
  %7 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 0
  %8 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 1
  %9 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 2
  %10 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 3, 0
  %11 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 3, 1
  %12 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 4, 0
  %13 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %6, 4, 1
  %14 = load { ptr, ptr, i64, [1 x i64], [1 x i64] }, ptr %2, align 8
  %15 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %14, 0
  %16 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %14, 1
  %17 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %14, 2
  %18 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %14, 3, 0
  %19 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %14, 4, 0
  %20 = load { ptr, ptr, i64, [2 x i64], [2 x i64] }, ptr %3, align 8
  %21 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %20, 0
  %22 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %20, 1
  %23 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %20, 2
  %24 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %20, 3, 0
  %25 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %20, 3, 1
  %26 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %20, 4, 0
  %27 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %20, 4, 1
  %28 = load { ptr, ptr, i64 }, ptr %4, align 8
  %29 = extractvalue { ptr, ptr, i64 } %28, 0
  %30 = extractvalue { ptr, ptr, i64 } %28, 1
  %31 = extractvalue { ptr, ptr, i64 } %28, 2
  %32 = call { ptr, ptr, i64, [2 x i64], [2 x i64] } @jit_seg(ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, i64 %12, i64 %13, ptr %15, ptr %16, i64 %17, i64 %18, i64 %19, ptr %21, ptr %22, i64 %23, i64 %24, i64 %25, i64 %26, i64 %27, ptr %29, ptr %30, i64 %31)
  store { ptr, ptr, i64, [2 x i64], [2 x i64] } %32, ptr %0, align 8
  ret void
}

define internal { ptr, ptr, i64 } @energy_0(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18) {
  %20 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, i64 1, align 8
  %21 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } poison, ptr %7, 0
  %22 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %21, ptr %8, 1
  %23 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %22, i64 %9, 2
  %24 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %23, i64 %10, 3, 0
  %25 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %24, i64 %11, 4, 0
  %26 = getelementptr inbounds double, ptr %1, i32 5
  %27 = load double, ptr %26, align 8, !tbaa !4
  %28 = fmul double %27, 2.000000e+00
  %29 = getelementptr inbounds double, ptr %1, i32 2
  %30 = load double, ptr %29, align 8, !tbaa !4
  %31 = fmul double %30, 2.000000e+00
  %32 = getelementptr inbounds double, ptr %8, i32 20
  %33 = load double, ptr %32, align 8, !tbaa !4
  %34 = fmul double %31, %33
  %35 = getelementptr inbounds double, ptr %8, i32 19
  %36 = load double, ptr %35, align 8, !tbaa !4
  %37 = fmul double %31, %36
  %38 = getelementptr inbounds double, ptr %8, i32 18
  %39 = load double, ptr %38, align 8, !tbaa !4
  %40 = fmul double %31, %39
  %41 = getelementptr inbounds double, ptr %8, i32 17
  %42 = load double, ptr %41, align 8, !tbaa !4
  %43 = fmul double %31, %42
  %44 = getelementptr inbounds double, ptr %8, i32 16
  %45 = load double, ptr %44, align 8, !tbaa !4
  %46 = fmul double %31, %45
  %47 = getelementptr inbounds double, ptr %8, i32 15
  %48 = load double, ptr %47, align 8, !tbaa !4
  %49 = fmul double %31, %48
  %50 = getelementptr inbounds double, ptr %8, i32 14
  %51 = load double, ptr %50, align 8, !tbaa !4
  %52 = fmul double %31, %51
  %53 = getelementptr inbounds double, ptr %8, i32 13
  %54 = load double, ptr %53, align 8, !tbaa !4
  %55 = fmul double %31, %54
  %56 = getelementptr inbounds double, ptr %8, i32 12
  %57 = load double, ptr %56, align 8, !tbaa !4
  %58 = fmul double %31, %57
  %59 = getelementptr inbounds double, ptr %8, i32 11
  %60 = load double, ptr %59, align 8, !tbaa !4
  %61 = fmul double %31, %60
  %62 = getelementptr inbounds double, ptr %8, i32 10
  %63 = load double, ptr %62, align 8, !tbaa !4
  %64 = fmul double %31, %63
  %65 = getelementptr inbounds double, ptr %8, i32 9
  %66 = load double, ptr %65, align 8, !tbaa !4
  %67 = fmul double %31, %66
  %68 = getelementptr inbounds double, ptr %8, i32 8
  %69 = load double, ptr %68, align 8, !tbaa !4
  %70 = fmul double %31, %69
  %71 = getelementptr inbounds double, ptr %8, i32 7
  %72 = load double, ptr %71, align 8, !tbaa !4
  %73 = fmul double %31, %72
  %74 = getelementptr inbounds double, ptr %8, i32 6
  %75 = load double, ptr %74, align 8, !tbaa !4
  %76 = fmul double %31, %75
  %77 = getelementptr inbounds double, ptr %8, i32 5
  %78 = load double, ptr %77, align 8, !tbaa !4
  %79 = fmul double %31, %78
  %80 = getelementptr inbounds double, ptr %8, i32 4
  %81 = load double, ptr %80, align 8, !tbaa !4
  %82 = fmul double %31, %81
  %83 = getelementptr inbounds double, ptr %8, i32 3
  %84 = load double, ptr %83, align 8, !tbaa !4
  %85 = fmul double %31, %84
  %86 = getelementptr inbounds double, ptr %8, i32 2
  %87 = load double, ptr %86, align 8, !tbaa !4
  %88 = fmul double %31, %87
  %89 = getelementptr inbounds double, ptr %8, i32 1
  %90 = load double, ptr %89, align 8, !tbaa !4
  %91 = fmul double %31, %90
  %92 = load double, ptr %8, align 8, !tbaa !4
  %93 = fmul double %31, %92
  %94 = getelementptr inbounds double, ptr %1, i32 4
  %95 = load double, ptr %94, align 8, !tbaa !4
  %96 = fmul double %95, 2.000000e+00
  %97 = getelementptr inbounds double, ptr %1, i32 1
  %98 = load double, ptr %97, align 8, !tbaa !4
  %99 = fmul double %98, 2.000000e+00
  %100 = fmul double %99, %33
  %101 = fmul double %99, %36
  %102 = fmul double %99, %39
  %103 = fmul double %99, %42
  %104 = fmul double %99, %45
  %105 = fmul double %99, %48
  %106 = fmul double %99, %51
  %107 = fmul double %99, %54
  %108 = fmul double %99, %57
  %109 = fmul double %99, %60
  %110 = fmul double %99, %63
  %111 = fmul double %99, %66
  %112 = fmul double %99, %69
  %113 = fmul double %99, %72
  %114 = fmul double %99, %75
  %115 = fmul double %99, %78
  %116 = fmul double %99, %81
  %117 = fmul double %99, %84
  %118 = fmul double %99, %87
  %119 = fmul double %99, %90
  %120 = fmul double %99, %92
  %121 = getelementptr inbounds double, ptr %1, i32 3
  %122 = load double, ptr %121, align 8, !tbaa !4
  %123 = fmul double %122, 2.000000e+00
  %124 = load double, ptr %1, align 8, !tbaa !4
  %125 = fmul double %124, 2.000000e+00
  %126 = fmul double %125, %33
  %127 = fmul double %125, %36
  %128 = fmul double %125, %39
  %129 = fmul double %125, %42
  %130 = fmul double %125, %45
  %131 = fmul double %125, %48
  %132 = fmul double %125, %51
  %133 = fmul double %125, %54
  %134 = fmul double %125, %57
  %135 = fmul double %125, %60
  %136 = fmul double %125, %63
  %137 = fmul double %125, %66
  %138 = fmul double %125, %69
  %139 = fmul double %125, %72
  %140 = fmul double %125, %75
  %141 = fmul double %125, %78
  %142 = fmul double %125, %81
  %143 = fmul double %125, %84
  %144 = fmul double %125, %87
  %145 = fmul double %125, %90
  %146 = fmul double %125, %92
  call void @__catalyst__rt__device_init(ptr @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", ptr @LightningSimulator, ptr @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}", i64 0, i1 false)
  %147 = call ptr @__catalyst__rt__qubit_allocate_array(i64 14)
  %148 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 13)
  %149 = load ptr, ptr %148, align 8
  call void @__catalyst__qis__Hadamard(ptr %149, ptr null)
  %150 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 12)
  %151 = load ptr, ptr %150, align 8
  call void @__catalyst__qis__Hadamard(ptr %151, ptr null)
  %152 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 11)
  %153 = load ptr, ptr %152, align 8
  call void @__catalyst__qis__Hadamard(ptr %153, ptr null)
  %154 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 10)
  %155 = load ptr, ptr %154, align 8
  call void @__catalyst__qis__Hadamard(ptr %155, ptr null)
  %156 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 9)
  %157 = load ptr, ptr %156, align 8
  call void @__catalyst__qis__Hadamard(ptr %157, ptr null)
  %158 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 8)
  %159 = load ptr, ptr %158, align 8
  call void @__catalyst__qis__Hadamard(ptr %159, ptr null)
  %160 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 7)
  %161 = load ptr, ptr %160, align 8
  call void @__catalyst__qis__Hadamard(ptr %161, ptr null)
  %162 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 6)
  %163 = load ptr, ptr %162, align 8
  call void @__catalyst__qis__Hadamard(ptr %163, ptr null)
  %164 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 5)
  %165 = load ptr, ptr %164, align 8
  call void @__catalyst__qis__Hadamard(ptr %165, ptr null)
  %166 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 4)
  %167 = load ptr, ptr %166, align 8
  call void @__catalyst__qis__Hadamard(ptr %167, ptr null)
  %168 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 3)
  %169 = load ptr, ptr %168, align 8
  call void @__catalyst__qis__Hadamard(ptr %169, ptr null)
  %170 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 2)
  %171 = load ptr, ptr %170, align 8
  call void @__catalyst__qis__Hadamard(ptr %171, ptr null)
  %172 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 1)
  %173 = load ptr, ptr %172, align 8
  call void @__catalyst__qis__Hadamard(ptr %173, ptr null)
  %174 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 0)
  %175 = load ptr, ptr %174, align 8
  call void @__catalyst__qis__Hadamard(ptr %175, ptr null)
  %176 = load i64, ptr %13, align 4, !tbaa !1
  %177 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %176)
  %178 = load ptr, ptr %177, align 8
  %179 = getelementptr inbounds i64, ptr %13, i32 1
  %180 = load i64, ptr %179, align 4, !tbaa !1
  %181 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %180)
  %182 = load ptr, ptr %181, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %146, ptr null, i64 2, ptr %178, ptr %182)
  %183 = getelementptr inbounds i64, ptr %13, i32 2
  %184 = load i64, ptr %183, align 4, !tbaa !1
  %185 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %184)
  %186 = load ptr, ptr %185, align 8
  %187 = getelementptr inbounds i64, ptr %13, i32 3
  %188 = load i64, ptr %187, align 4, !tbaa !1
  %189 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %188)
  %190 = load ptr, ptr %189, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %145, ptr null, i64 2, ptr %186, ptr %190)
  %191 = getelementptr inbounds i64, ptr %13, i32 4
  %192 = load i64, ptr %191, align 4, !tbaa !1
  %193 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %192)
  %194 = load ptr, ptr %193, align 8
  %195 = getelementptr inbounds i64, ptr %13, i32 5
  %196 = load i64, ptr %195, align 4, !tbaa !1
  %197 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %196)
  %198 = load ptr, ptr %197, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %144, ptr null, i64 2, ptr %194, ptr %198)
  %199 = getelementptr inbounds i64, ptr %13, i32 6
  %200 = load i64, ptr %199, align 4, !tbaa !1
  %201 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %200)
  %202 = load ptr, ptr %201, align 8
  %203 = getelementptr inbounds i64, ptr %13, i32 7
  %204 = load i64, ptr %203, align 4, !tbaa !1
  %205 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %204)
  %206 = load ptr, ptr %205, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %143, ptr null, i64 2, ptr %202, ptr %206)
  %207 = getelementptr inbounds i64, ptr %13, i32 8
  %208 = load i64, ptr %207, align 4, !tbaa !1
  %209 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %208)
  %210 = load ptr, ptr %209, align 8
  %211 = getelementptr inbounds i64, ptr %13, i32 9
  %212 = load i64, ptr %211, align 4, !tbaa !1
  %213 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %212)
  %214 = load ptr, ptr %213, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %142, ptr null, i64 2, ptr %210, ptr %214)
  %215 = getelementptr inbounds i64, ptr %13, i32 10
  %216 = load i64, ptr %215, align 4, !tbaa !1
  %217 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %216)
  %218 = load ptr, ptr %217, align 8
  %219 = getelementptr inbounds i64, ptr %13, i32 11
  %220 = load i64, ptr %219, align 4, !tbaa !1
  %221 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %220)
  %222 = load ptr, ptr %221, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %141, ptr null, i64 2, ptr %218, ptr %222)
  %223 = getelementptr inbounds i64, ptr %13, i32 12
  %224 = load i64, ptr %223, align 4, !tbaa !1
  %225 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %224)
  %226 = load ptr, ptr %225, align 8
  %227 = getelementptr inbounds i64, ptr %13, i32 13
  %228 = load i64, ptr %227, align 4, !tbaa !1
  %229 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %228)
  %230 = load ptr, ptr %229, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %140, ptr null, i64 2, ptr %226, ptr %230)
  %231 = getelementptr inbounds i64, ptr %13, i32 14
  %232 = load i64, ptr %231, align 4, !tbaa !1
  %233 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %232)
  %234 = load ptr, ptr %233, align 8
  %235 = getelementptr inbounds i64, ptr %13, i32 15
  %236 = load i64, ptr %235, align 4, !tbaa !1
  %237 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %236)
  %238 = load ptr, ptr %237, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %139, ptr null, i64 2, ptr %234, ptr %238)
  %239 = getelementptr inbounds i64, ptr %13, i32 16
  %240 = load i64, ptr %239, align 4, !tbaa !1
  %241 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %240)
  %242 = load ptr, ptr %241, align 8
  %243 = getelementptr inbounds i64, ptr %13, i32 17
  %244 = load i64, ptr %243, align 4, !tbaa !1
  %245 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %244)
  %246 = load ptr, ptr %245, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %138, ptr null, i64 2, ptr %242, ptr %246)
  %247 = getelementptr inbounds i64, ptr %13, i32 18
  %248 = load i64, ptr %247, align 4, !tbaa !1
  %249 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %248)
  %250 = load ptr, ptr %249, align 8
  %251 = getelementptr inbounds i64, ptr %13, i32 19
  %252 = load i64, ptr %251, align 4, !tbaa !1
  %253 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %252)
  %254 = load ptr, ptr %253, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %137, ptr null, i64 2, ptr %250, ptr %254)
  %255 = getelementptr inbounds i64, ptr %13, i32 20
  %256 = load i64, ptr %255, align 4, !tbaa !1
  %257 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %256)
  %258 = load ptr, ptr %257, align 8
  %259 = getelementptr inbounds i64, ptr %13, i32 21
  %260 = load i64, ptr %259, align 4, !tbaa !1
  %261 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %260)
  %262 = load ptr, ptr %261, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %136, ptr null, i64 2, ptr %258, ptr %262)
  %263 = getelementptr inbounds i64, ptr %13, i32 22
  %264 = load i64, ptr %263, align 4, !tbaa !1
  %265 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %264)
  %266 = load ptr, ptr %265, align 8
  %267 = getelementptr inbounds i64, ptr %13, i32 23
  %268 = load i64, ptr %267, align 4, !tbaa !1
  %269 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %268)
  %270 = load ptr, ptr %269, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %135, ptr null, i64 2, ptr %266, ptr %270)
  %271 = getelementptr inbounds i64, ptr %13, i32 24
  %272 = load i64, ptr %271, align 4, !tbaa !1
  %273 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %272)
  %274 = load ptr, ptr %273, align 8
  %275 = getelementptr inbounds i64, ptr %13, i32 25
  %276 = load i64, ptr %275, align 4, !tbaa !1
  %277 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %276)
  %278 = load ptr, ptr %277, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %134, ptr null, i64 2, ptr %274, ptr %278)
  %279 = getelementptr inbounds i64, ptr %13, i32 26
  %280 = load i64, ptr %279, align 4, !tbaa !1
  %281 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %280)
  %282 = load ptr, ptr %281, align 8
  %283 = getelementptr inbounds i64, ptr %13, i32 27
  %284 = load i64, ptr %283, align 4, !tbaa !1
  %285 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %284)
  %286 = load ptr, ptr %285, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %133, ptr null, i64 2, ptr %282, ptr %286)
  %287 = getelementptr inbounds i64, ptr %13, i32 28
  %288 = load i64, ptr %287, align 4, !tbaa !1
  %289 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %288)
  %290 = load ptr, ptr %289, align 8
  %291 = getelementptr inbounds i64, ptr %13, i32 29
  %292 = load i64, ptr %291, align 4, !tbaa !1
  %293 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %292)
  %294 = load ptr, ptr %293, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %132, ptr null, i64 2, ptr %290, ptr %294)
  %295 = getelementptr inbounds i64, ptr %13, i32 30
  %296 = load i64, ptr %295, align 4, !tbaa !1
  %297 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %296)
  %298 = load ptr, ptr %297, align 8
  %299 = getelementptr inbounds i64, ptr %13, i32 31
  %300 = load i64, ptr %299, align 4, !tbaa !1
  %301 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %300)
  %302 = load ptr, ptr %301, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %131, ptr null, i64 2, ptr %298, ptr %302)
  %303 = getelementptr inbounds i64, ptr %13, i32 32
  %304 = load i64, ptr %303, align 4, !tbaa !1
  %305 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %304)
  %306 = load ptr, ptr %305, align 8
  %307 = getelementptr inbounds i64, ptr %13, i32 33
  %308 = load i64, ptr %307, align 4, !tbaa !1
  %309 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %308)
  %310 = load ptr, ptr %309, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %130, ptr null, i64 2, ptr %306, ptr %310)
  %311 = getelementptr inbounds i64, ptr %13, i32 34
  %312 = load i64, ptr %311, align 4, !tbaa !1
  %313 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %312)
  %314 = load ptr, ptr %313, align 8
  %315 = getelementptr inbounds i64, ptr %13, i32 35
  %316 = load i64, ptr %315, align 4, !tbaa !1
  %317 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %316)
  %318 = load ptr, ptr %317, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %129, ptr null, i64 2, ptr %314, ptr %318)
  %319 = getelementptr inbounds i64, ptr %13, i32 36
  %320 = load i64, ptr %319, align 4, !tbaa !1
  %321 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %320)
  %322 = load ptr, ptr %321, align 8
  %323 = getelementptr inbounds i64, ptr %13, i32 37
  %324 = load i64, ptr %323, align 4, !tbaa !1
  %325 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %324)
  %326 = load ptr, ptr %325, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %128, ptr null, i64 2, ptr %322, ptr %326)
  %327 = getelementptr inbounds i64, ptr %13, i32 38
  %328 = load i64, ptr %327, align 4, !tbaa !1
  %329 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %328)
  %330 = load ptr, ptr %329, align 8
  %331 = getelementptr inbounds i64, ptr %13, i32 39
  %332 = load i64, ptr %331, align 4, !tbaa !1
  %333 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %332)
  %334 = load ptr, ptr %333, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %127, ptr null, i64 2, ptr %330, ptr %334)
  %335 = getelementptr inbounds i64, ptr %13, i32 40
  %336 = load i64, ptr %335, align 4, !tbaa !1
  %337 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %336)
  %338 = load ptr, ptr %337, align 8
  %339 = getelementptr inbounds i64, ptr %13, i32 41
  %340 = load i64, ptr %339, align 4, !tbaa !1
  %341 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %340)
  %342 = load ptr, ptr %341, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %126, ptr null, i64 2, ptr %338, ptr %342)
  %343 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 13)
  %344 = load ptr, ptr %343, align 8
  call void @__catalyst__qis__RX(double %123, ptr %344, ptr null)
  %345 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 12)
  %346 = load ptr, ptr %345, align 8
  call void @__catalyst__qis__RX(double %123, ptr %346, ptr null)
  %347 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 11)
  %348 = load ptr, ptr %347, align 8
  call void @__catalyst__qis__RX(double %123, ptr %348, ptr null)
  %349 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 10)
  %350 = load ptr, ptr %349, align 8
  call void @__catalyst__qis__RX(double %123, ptr %350, ptr null)
  %351 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 9)
  %352 = load ptr, ptr %351, align 8
  call void @__catalyst__qis__RX(double %123, ptr %352, ptr null)
  %353 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 8)
  %354 = load ptr, ptr %353, align 8
  call void @__catalyst__qis__RX(double %123, ptr %354, ptr null)
  %355 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 7)
  %356 = load ptr, ptr %355, align 8
  call void @__catalyst__qis__RX(double %123, ptr %356, ptr null)
  %357 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 6)
  %358 = load ptr, ptr %357, align 8
  call void @__catalyst__qis__RX(double %123, ptr %358, ptr null)
  %359 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 5)
  %360 = load ptr, ptr %359, align 8
  call void @__catalyst__qis__RX(double %123, ptr %360, ptr null)
  %361 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 4)
  %362 = load ptr, ptr %361, align 8
  call void @__catalyst__qis__RX(double %123, ptr %362, ptr null)
  %363 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 3)
  %364 = load ptr, ptr %363, align 8
  call void @__catalyst__qis__RX(double %123, ptr %364, ptr null)
  %365 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 2)
  %366 = load ptr, ptr %365, align 8
  call void @__catalyst__qis__RX(double %123, ptr %366, ptr null)
  %367 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 1)
  %368 = load ptr, ptr %367, align 8
  call void @__catalyst__qis__RX(double %123, ptr %368, ptr null)
  %369 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 0)
  %370 = load ptr, ptr %369, align 8
  call void @__catalyst__qis__RX(double %123, ptr %370, ptr null)
  %371 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %176)
  %372 = load ptr, ptr %371, align 8
  %373 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %180)
  %374 = load ptr, ptr %373, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %120, ptr null, i64 2, ptr %372, ptr %374)
  %375 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %184)
  %376 = load ptr, ptr %375, align 8
  %377 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %188)
  %378 = load ptr, ptr %377, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %119, ptr null, i64 2, ptr %376, ptr %378)
  %379 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %192)
  %380 = load ptr, ptr %379, align 8
  %381 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %196)
  %382 = load ptr, ptr %381, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %118, ptr null, i64 2, ptr %380, ptr %382)
  %383 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %200)
  %384 = load ptr, ptr %383, align 8
  %385 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %204)
  %386 = load ptr, ptr %385, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %117, ptr null, i64 2, ptr %384, ptr %386)
  %387 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %208)
  %388 = load ptr, ptr %387, align 8
  %389 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %212)
  %390 = load ptr, ptr %389, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %116, ptr null, i64 2, ptr %388, ptr %390)
  %391 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %216)
  %392 = load ptr, ptr %391, align 8
  %393 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %220)
  %394 = load ptr, ptr %393, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %115, ptr null, i64 2, ptr %392, ptr %394)
  %395 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %224)
  %396 = load ptr, ptr %395, align 8
  %397 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %228)
  %398 = load ptr, ptr %397, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %114, ptr null, i64 2, ptr %396, ptr %398)
  %399 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %232)
  %400 = load ptr, ptr %399, align 8
  %401 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %236)
  %402 = load ptr, ptr %401, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %113, ptr null, i64 2, ptr %400, ptr %402)
  %403 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %240)
  %404 = load ptr, ptr %403, align 8
  %405 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %244)
  %406 = load ptr, ptr %405, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %112, ptr null, i64 2, ptr %404, ptr %406)
  %407 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %248)
  %408 = load ptr, ptr %407, align 8
  %409 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %252)
  %410 = load ptr, ptr %409, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %111, ptr null, i64 2, ptr %408, ptr %410)
  %411 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %256)
  %412 = load ptr, ptr %411, align 8
  %413 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %260)
  %414 = load ptr, ptr %413, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %110, ptr null, i64 2, ptr %412, ptr %414)
  %415 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %264)
  %416 = load ptr, ptr %415, align 8
  %417 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %268)
  %418 = load ptr, ptr %417, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %109, ptr null, i64 2, ptr %416, ptr %418)
  %419 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %272)
  %420 = load ptr, ptr %419, align 8
  %421 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %276)
  %422 = load ptr, ptr %421, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %108, ptr null, i64 2, ptr %420, ptr %422)
  %423 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %280)
  %424 = load ptr, ptr %423, align 8
  %425 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %284)
  %426 = load ptr, ptr %425, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %107, ptr null, i64 2, ptr %424, ptr %426)
  %427 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %288)
  %428 = load ptr, ptr %427, align 8
  %429 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %292)
  %430 = load ptr, ptr %429, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %106, ptr null, i64 2, ptr %428, ptr %430)
  %431 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %296)
  %432 = load ptr, ptr %431, align 8
  %433 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %300)
  %434 = load ptr, ptr %433, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %105, ptr null, i64 2, ptr %432, ptr %434)
  %435 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %304)
  %436 = load ptr, ptr %435, align 8
  %437 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %308)
  %438 = load ptr, ptr %437, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %104, ptr null, i64 2, ptr %436, ptr %438)
  %439 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %312)
  %440 = load ptr, ptr %439, align 8
  %441 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %316)
  %442 = load ptr, ptr %441, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %103, ptr null, i64 2, ptr %440, ptr %442)
  %443 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %320)
  %444 = load ptr, ptr %443, align 8
  %445 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %324)
  %446 = load ptr, ptr %445, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %102, ptr null, i64 2, ptr %444, ptr %446)
  %447 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %328)
  %448 = load ptr, ptr %447, align 8
  %449 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %332)
  %450 = load ptr, ptr %449, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %101, ptr null, i64 2, ptr %448, ptr %450)
  %451 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %336)
  %452 = load ptr, ptr %451, align 8
  %453 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %340)
  %454 = load ptr, ptr %453, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %100, ptr null, i64 2, ptr %452, ptr %454)
  %455 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 13)
  %456 = load ptr, ptr %455, align 8
  call void @__catalyst__qis__RX(double %96, ptr %456, ptr null)
  %457 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 12)
  %458 = load ptr, ptr %457, align 8
  call void @__catalyst__qis__RX(double %96, ptr %458, ptr null)
  %459 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 11)
  %460 = load ptr, ptr %459, align 8
  call void @__catalyst__qis__RX(double %96, ptr %460, ptr null)
  %461 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 10)
  %462 = load ptr, ptr %461, align 8
  call void @__catalyst__qis__RX(double %96, ptr %462, ptr null)
  %463 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 9)
  %464 = load ptr, ptr %463, align 8
  call void @__catalyst__qis__RX(double %96, ptr %464, ptr null)
  %465 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 8)
  %466 = load ptr, ptr %465, align 8
  call void @__catalyst__qis__RX(double %96, ptr %466, ptr null)
  %467 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 7)
  %468 = load ptr, ptr %467, align 8
  call void @__catalyst__qis__RX(double %96, ptr %468, ptr null)
  %469 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 6)
  %470 = load ptr, ptr %469, align 8
  call void @__catalyst__qis__RX(double %96, ptr %470, ptr null)
  %471 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 5)
  %472 = load ptr, ptr %471, align 8
  call void @__catalyst__qis__RX(double %96, ptr %472, ptr null)
  %473 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 4)
  %474 = load ptr, ptr %473, align 8
  call void @__catalyst__qis__RX(double %96, ptr %474, ptr null)
  %475 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 3)
  %476 = load ptr, ptr %475, align 8
  call void @__catalyst__qis__RX(double %96, ptr %476, ptr null)
  %477 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 2)
  %478 = load ptr, ptr %477, align 8
  call void @__catalyst__qis__RX(double %96, ptr %478, ptr null)
  %479 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 1)
  %480 = load ptr, ptr %479, align 8
  call void @__catalyst__qis__RX(double %96, ptr %480, ptr null)
  %481 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 0)
  %482 = load ptr, ptr %481, align 8
  call void @__catalyst__qis__RX(double %96, ptr %482, ptr null)
  %483 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %176)
  %484 = load ptr, ptr %483, align 8
  %485 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %180)
  %486 = load ptr, ptr %485, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %93, ptr null, i64 2, ptr %484, ptr %486)
  %487 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %184)
  %488 = load ptr, ptr %487, align 8
  %489 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %188)
  %490 = load ptr, ptr %489, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %91, ptr null, i64 2, ptr %488, ptr %490)
  %491 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %192)
  %492 = load ptr, ptr %491, align 8
  %493 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %196)
  %494 = load ptr, ptr %493, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %88, ptr null, i64 2, ptr %492, ptr %494)
  %495 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %200)
  %496 = load ptr, ptr %495, align 8
  %497 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %204)
  %498 = load ptr, ptr %497, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %85, ptr null, i64 2, ptr %496, ptr %498)
  %499 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %208)
  %500 = load ptr, ptr %499, align 8
  %501 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %212)
  %502 = load ptr, ptr %501, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %82, ptr null, i64 2, ptr %500, ptr %502)
  %503 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %216)
  %504 = load ptr, ptr %503, align 8
  %505 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %220)
  %506 = load ptr, ptr %505, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %79, ptr null, i64 2, ptr %504, ptr %506)
  %507 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %224)
  %508 = load ptr, ptr %507, align 8
  %509 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %228)
  %510 = load ptr, ptr %509, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %76, ptr null, i64 2, ptr %508, ptr %510)
  %511 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %232)
  %512 = load ptr, ptr %511, align 8
  %513 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %236)
  %514 = load ptr, ptr %513, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %73, ptr null, i64 2, ptr %512, ptr %514)
  %515 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %240)
  %516 = load ptr, ptr %515, align 8
  %517 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %244)
  %518 = load ptr, ptr %517, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %70, ptr null, i64 2, ptr %516, ptr %518)
  %519 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %248)
  %520 = load ptr, ptr %519, align 8
  %521 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %252)
  %522 = load ptr, ptr %521, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %67, ptr null, i64 2, ptr %520, ptr %522)
  %523 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %256)
  %524 = load ptr, ptr %523, align 8
  %525 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %260)
  %526 = load ptr, ptr %525, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %64, ptr null, i64 2, ptr %524, ptr %526)
  %527 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %264)
  %528 = load ptr, ptr %527, align 8
  %529 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %268)
  %530 = load ptr, ptr %529, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %61, ptr null, i64 2, ptr %528, ptr %530)
  %531 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %272)
  %532 = load ptr, ptr %531, align 8
  %533 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %276)
  %534 = load ptr, ptr %533, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %58, ptr null, i64 2, ptr %532, ptr %534)
  %535 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %280)
  %536 = load ptr, ptr %535, align 8
  %537 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %284)
  %538 = load ptr, ptr %537, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %55, ptr null, i64 2, ptr %536, ptr %538)
  %539 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %288)
  %540 = load ptr, ptr %539, align 8
  %541 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %292)
  %542 = load ptr, ptr %541, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %52, ptr null, i64 2, ptr %540, ptr %542)
  %543 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %296)
  %544 = load ptr, ptr %543, align 8
  %545 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %300)
  %546 = load ptr, ptr %545, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %49, ptr null, i64 2, ptr %544, ptr %546)
  %547 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %304)
  %548 = load ptr, ptr %547, align 8
  %549 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %308)
  %550 = load ptr, ptr %549, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %46, ptr null, i64 2, ptr %548, ptr %550)
  %551 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %312)
  %552 = load ptr, ptr %551, align 8
  %553 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %316)
  %554 = load ptr, ptr %553, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %43, ptr null, i64 2, ptr %552, ptr %554)
  %555 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %320)
  %556 = load ptr, ptr %555, align 8
  %557 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %324)
  %558 = load ptr, ptr %557, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %40, ptr null, i64 2, ptr %556, ptr %558)
  %559 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %328)
  %560 = load ptr, ptr %559, align 8
  %561 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %332)
  %562 = load ptr, ptr %561, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %37, ptr null, i64 2, ptr %560, ptr %562)
  %563 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %336)
  %564 = load ptr, ptr %563, align 8
  %565 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %340)
  %566 = load ptr, ptr %565, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %34, ptr null, i64 2, ptr %564, ptr %566)
  %567 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 0)
  %568 = load ptr, ptr %567, align 8
  call void @__catalyst__qis__RX(double %28, ptr %568, ptr null)
  %569 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 1)
  %570 = load ptr, ptr %569, align 8
  call void @__catalyst__qis__RX(double %28, ptr %570, ptr null)
  %571 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 2)
  %572 = load ptr, ptr %571, align 8
  call void @__catalyst__qis__RX(double %28, ptr %572, ptr null)
  %573 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 3)
  %574 = load ptr, ptr %573, align 8
  call void @__catalyst__qis__RX(double %28, ptr %574, ptr null)
  %575 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 4)
  %576 = load ptr, ptr %575, align 8
  call void @__catalyst__qis__RX(double %28, ptr %576, ptr null)
  %577 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 5)
  %578 = load ptr, ptr %577, align 8
  call void @__catalyst__qis__RX(double %28, ptr %578, ptr null)
  %579 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 6)
  %580 = load ptr, ptr %579, align 8
  call void @__catalyst__qis__RX(double %28, ptr %580, ptr null)
  %581 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 7)
  %582 = load ptr, ptr %581, align 8
  call void @__catalyst__qis__RX(double %28, ptr %582, ptr null)
  %583 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 8)
  %584 = load ptr, ptr %583, align 8
  call void @__catalyst__qis__RX(double %28, ptr %584, ptr null)
  %585 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 9)
  %586 = load ptr, ptr %585, align 8
  call void @__catalyst__qis__RX(double %28, ptr %586, ptr null)
  %587 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 10)
  %588 = load ptr, ptr %587, align 8
  call void @__catalyst__qis__RX(double %28, ptr %588, ptr null)
  %589 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 11)
  %590 = load ptr, ptr %589, align 8
  call void @__catalyst__qis__RX(double %28, ptr %590, ptr null)
  %591 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 12)
  %592 = load ptr, ptr %591, align 8
  call void @__catalyst__qis__RX(double %28, ptr %592, ptr null)
  %593 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 13)
  %594 = load ptr, ptr %593, align 8
  call void @__catalyst__qis__RX(double %28, ptr %594, ptr null)
  %595 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %176)
  %596 = load ptr, ptr %595, align 8
  %597 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %596)
  %598 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %180)
  %599 = load ptr, ptr %598, align 8
  %600 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %599)
  %601 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %597, i64 %600)
  %602 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %184)
  %603 = load ptr, ptr %602, align 8
  %604 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %603)
  %605 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %188)
  %606 = load ptr, ptr %605, align 8
  %607 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %606)
  %608 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %604, i64 %607)
  %609 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %192)
  %610 = load ptr, ptr %609, align 8
  %611 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %610)
  %612 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %196)
  %613 = load ptr, ptr %612, align 8
  %614 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %613)
  %615 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %611, i64 %614)
  %616 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %200)
  %617 = load ptr, ptr %616, align 8
  %618 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %617)
  %619 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %204)
  %620 = load ptr, ptr %619, align 8
  %621 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %620)
  %622 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %618, i64 %621)
  %623 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %208)
  %624 = load ptr, ptr %623, align 8
  %625 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %624)
  %626 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %212)
  %627 = load ptr, ptr %626, align 8
  %628 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %627)
  %629 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %625, i64 %628)
  %630 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %216)
  %631 = load ptr, ptr %630, align 8
  %632 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %631)
  %633 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %220)
  %634 = load ptr, ptr %633, align 8
  %635 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %634)
  %636 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %632, i64 %635)
  %637 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %224)
  %638 = load ptr, ptr %637, align 8
  %639 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %638)
  %640 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %228)
  %641 = load ptr, ptr %640, align 8
  %642 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %641)
  %643 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %639, i64 %642)
  %644 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %232)
  %645 = load ptr, ptr %644, align 8
  %646 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %645)
  %647 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %236)
  %648 = load ptr, ptr %647, align 8
  %649 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %648)
  %650 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %646, i64 %649)
  %651 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %240)
  %652 = load ptr, ptr %651, align 8
  %653 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %652)
  %654 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %244)
  %655 = load ptr, ptr %654, align 8
  %656 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %655)
  %657 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %653, i64 %656)
  %658 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %248)
  %659 = load ptr, ptr %658, align 8
  %660 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %659)
  %661 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %252)
  %662 = load ptr, ptr %661, align 8
  %663 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %662)
  %664 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %660, i64 %663)
  %665 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %256)
  %666 = load ptr, ptr %665, align 8
  %667 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %666)
  %668 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %260)
  %669 = load ptr, ptr %668, align 8
  %670 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %669)
  %671 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %667, i64 %670)
  %672 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %264)
  %673 = load ptr, ptr %672, align 8
  %674 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %673)
  %675 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %268)
  %676 = load ptr, ptr %675, align 8
  %677 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %676)
  %678 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %674, i64 %677)
  %679 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %272)
  %680 = load ptr, ptr %679, align 8
  %681 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %680)
  %682 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %276)
  %683 = load ptr, ptr %682, align 8
  %684 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %683)
  %685 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %681, i64 %684)
  %686 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %280)
  %687 = load ptr, ptr %686, align 8
  %688 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %687)
  %689 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %284)
  %690 = load ptr, ptr %689, align 8
  %691 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %690)
  %692 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %688, i64 %691)
  %693 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %288)
  %694 = load ptr, ptr %693, align 8
  %695 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %694)
  %696 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %292)
  %697 = load ptr, ptr %696, align 8
  %698 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %697)
  %699 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %695, i64 %698)
  %700 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %296)
  %701 = load ptr, ptr %700, align 8
  %702 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %701)
  %703 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %300)
  %704 = load ptr, ptr %703, align 8
  %705 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %704)
  %706 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %702, i64 %705)
  %707 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %304)
  %708 = load ptr, ptr %707, align 8
  %709 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %708)
  %710 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %308)
  %711 = load ptr, ptr %710, align 8
  %712 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %711)
  %713 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %709, i64 %712)
  %714 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %312)
  %715 = load ptr, ptr %714, align 8
  %716 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %715)
  %717 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %316)
  %718 = load ptr, ptr %717, align 8
  %719 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %718)
  %720 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %716, i64 %719)
  %721 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %320)
  %722 = load ptr, ptr %721, align 8
  %723 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %722)
  %724 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %324)
  %725 = load ptr, ptr %724, align 8
  %726 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %725)
  %727 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %723, i64 %726)
  %728 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %328)
  %729 = load ptr, ptr %728, align 8
  %730 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %729)
  %731 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %332)
  %732 = load ptr, ptr %731, align 8
  %733 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %732)
  %734 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %730, i64 %733)
  %735 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %336)
  %736 = load ptr, ptr %735, align 8
  %737 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %736)
  %738 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %340)
  %739 = load ptr, ptr %738, align 8
  %740 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %739)
  %741 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %737, i64 %740)
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %25, ptr %20, align 8
  %742 = call i64 (ptr, i64, ...) @__catalyst__qis__HamiltonianObs(ptr %20, i64 21, i64 %601, i64 %608, i64 %615, i64 %622, i64 %629, i64 %636, i64 %643, i64 %650, i64 %657, i64 %664, i64 %671, i64 %678, i64 %685, i64 %692, i64 %699, i64 %706, i64 %713, i64 %720, i64 %727, i64 %734, i64 %741)
  %743 = call double @__catalyst__qis__Expval(i64 %742)
  %744 = call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %745 = ptrtoint ptr %744 to i64
  %746 = add i64 %745, 63
  %747 = urem i64 %746, 64
  %748 = sub i64 %746, %747
  %749 = inttoptr i64 %748 to ptr
  %750 = insertvalue { ptr, ptr, i64 } poison, ptr %744, 0
  %751 = insertvalue { ptr, ptr, i64 } %750, ptr %749, 1
  %752 = insertvalue { ptr, ptr, i64 } %751, i64 0, 2
  store double %743, ptr %749, align 8, !tbaa !4
  call void @__catalyst__rt__qubit_release_array(ptr %147)
  call void @__catalyst__rt__device_release()
  ret { ptr, ptr, i64 } %752
}

define { ptr, ptr, i64, [1 x i64], [1 x i64] } @energy_0.adjoint(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, i64 %19) {
  %21 = getelementptr double, ptr null, i64 %19
  %22 = ptrtoint ptr %21 to i64
  %23 = call ptr @_mlir_memref_to_llvm_alloc(i64 %22)
  %24 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } poison, ptr %23, 0
  %25 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %24, ptr %23, 1
  %26 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %25, i64 0, 2
  %27 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %26, i64 %19, 3, 0
  %28 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %27, i64 1, 4, 0
  call void @__catalyst__rt__toggle_recorder(i1 true)
  %29 = call ptr @energy_0.nodealloc(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18)
  call void @__catalyst__rt__toggle_recorder(i1 false)
  %30 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, i64 1, align 8
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %28, ptr %30, align 8
  call void (i64, ...) @__catalyst__qis__Gradient(i64 1, ptr %30)
  call void @__catalyst__rt__qubit_release_array(ptr %29)
  call void @__catalyst__rt__device_release()
  ret { ptr, ptr, i64, [1 x i64], [1 x i64] } %28
}

define ptr @energy_0.nodealloc(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18) {
  %20 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, i64 1, align 8
  %21 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } poison, ptr %7, 0
  %22 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %21, ptr %8, 1
  %23 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %22, i64 %9, 2
  %24 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %23, i64 %10, 3, 0
  %25 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %24, i64 %11, 4, 0
  %26 = getelementptr inbounds double, ptr %1, i32 5
  %27 = load double, ptr %26, align 8, !tbaa !4
  %28 = fmul double %27, 2.000000e+00
  %29 = getelementptr inbounds double, ptr %1, i32 2
  %30 = load double, ptr %29, align 8, !tbaa !4
  %31 = fmul double %30, 2.000000e+00
  %32 = getelementptr inbounds double, ptr %8, i32 20
  %33 = load double, ptr %32, align 8, !tbaa !4
  %34 = fmul double %31, %33
  %35 = getelementptr inbounds double, ptr %8, i32 19
  %36 = load double, ptr %35, align 8, !tbaa !4
  %37 = fmul double %31, %36
  %38 = getelementptr inbounds double, ptr %8, i32 18
  %39 = load double, ptr %38, align 8, !tbaa !4
  %40 = fmul double %31, %39
  %41 = getelementptr inbounds double, ptr %8, i32 17
  %42 = load double, ptr %41, align 8, !tbaa !4
  %43 = fmul double %31, %42
  %44 = getelementptr inbounds double, ptr %8, i32 16
  %45 = load double, ptr %44, align 8, !tbaa !4
  %46 = fmul double %31, %45
  %47 = getelementptr inbounds double, ptr %8, i32 15
  %48 = load double, ptr %47, align 8, !tbaa !4
  %49 = fmul double %31, %48
  %50 = getelementptr inbounds double, ptr %8, i32 14
  %51 = load double, ptr %50, align 8, !tbaa !4
  %52 = fmul double %31, %51
  %53 = getelementptr inbounds double, ptr %8, i32 13
  %54 = load double, ptr %53, align 8, !tbaa !4
  %55 = fmul double %31, %54
  %56 = getelementptr inbounds double, ptr %8, i32 12
  %57 = load double, ptr %56, align 8, !tbaa !4
  %58 = fmul double %31, %57
  %59 = getelementptr inbounds double, ptr %8, i32 11
  %60 = load double, ptr %59, align 8, !tbaa !4
  %61 = fmul double %31, %60
  %62 = getelementptr inbounds double, ptr %8, i32 10
  %63 = load double, ptr %62, align 8, !tbaa !4
  %64 = fmul double %31, %63
  %65 = getelementptr inbounds double, ptr %8, i32 9
  %66 = load double, ptr %65, align 8, !tbaa !4
  %67 = fmul double %31, %66
  %68 = getelementptr inbounds double, ptr %8, i32 8
  %69 = load double, ptr %68, align 8, !tbaa !4
  %70 = fmul double %31, %69
  %71 = getelementptr inbounds double, ptr %8, i32 7
  %72 = load double, ptr %71, align 8, !tbaa !4
  %73 = fmul double %31, %72
  %74 = getelementptr inbounds double, ptr %8, i32 6
  %75 = load double, ptr %74, align 8, !tbaa !4
  %76 = fmul double %31, %75
  %77 = getelementptr inbounds double, ptr %8, i32 5
  %78 = load double, ptr %77, align 8, !tbaa !4
  %79 = fmul double %31, %78
  %80 = getelementptr inbounds double, ptr %8, i32 4
  %81 = load double, ptr %80, align 8, !tbaa !4
  %82 = fmul double %31, %81
  %83 = getelementptr inbounds double, ptr %8, i32 3
  %84 = load double, ptr %83, align 8, !tbaa !4
  %85 = fmul double %31, %84
  %86 = getelementptr inbounds double, ptr %8, i32 2
  %87 = load double, ptr %86, align 8, !tbaa !4
  %88 = fmul double %31, %87
  %89 = getelementptr inbounds double, ptr %8, i32 1
  %90 = load double, ptr %89, align 8, !tbaa !4
  %91 = fmul double %31, %90
  %92 = load double, ptr %8, align 8, !tbaa !4
  %93 = fmul double %31, %92
  %94 = getelementptr inbounds double, ptr %1, i32 4
  %95 = load double, ptr %94, align 8, !tbaa !4
  %96 = fmul double %95, 2.000000e+00
  %97 = getelementptr inbounds double, ptr %1, i32 1
  %98 = load double, ptr %97, align 8, !tbaa !4
  %99 = fmul double %98, 2.000000e+00
  %100 = fmul double %99, %33
  %101 = fmul double %99, %36
  %102 = fmul double %99, %39
  %103 = fmul double %99, %42
  %104 = fmul double %99, %45
  %105 = fmul double %99, %48
  %106 = fmul double %99, %51
  %107 = fmul double %99, %54
  %108 = fmul double %99, %57
  %109 = fmul double %99, %60
  %110 = fmul double %99, %63
  %111 = fmul double %99, %66
  %112 = fmul double %99, %69
  %113 = fmul double %99, %72
  %114 = fmul double %99, %75
  %115 = fmul double %99, %78
  %116 = fmul double %99, %81
  %117 = fmul double %99, %84
  %118 = fmul double %99, %87
  %119 = fmul double %99, %90
  %120 = fmul double %99, %92
  %121 = getelementptr inbounds double, ptr %1, i32 3
  %122 = load double, ptr %121, align 8, !tbaa !4
  %123 = fmul double %122, 2.000000e+00
  %124 = load double, ptr %1, align 8, !tbaa !4
  %125 = fmul double %124, 2.000000e+00
  %126 = fmul double %125, %33
  %127 = fmul double %125, %36
  %128 = fmul double %125, %39
  %129 = fmul double %125, %42
  %130 = fmul double %125, %45
  %131 = fmul double %125, %48
  %132 = fmul double %125, %51
  %133 = fmul double %125, %54
  %134 = fmul double %125, %57
  %135 = fmul double %125, %60
  %136 = fmul double %125, %63
  %137 = fmul double %125, %66
  %138 = fmul double %125, %69
  %139 = fmul double %125, %72
  %140 = fmul double %125, %75
  %141 = fmul double %125, %78
  %142 = fmul double %125, %81
  %143 = fmul double %125, %84
  %144 = fmul double %125, %87
  %145 = fmul double %125, %90
  %146 = fmul double %125, %92
  call void @__catalyst__rt__device_init(ptr @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", ptr @LightningSimulator, ptr @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}", i64 0, i1 false)
  %147 = call ptr @__catalyst__rt__qubit_allocate_array(i64 14)
  %148 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 13)
  %149 = load ptr, ptr %148, align 8
  call void @__catalyst__qis__Hadamard(ptr %149, ptr null)
  %150 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 12)
  %151 = load ptr, ptr %150, align 8
  call void @__catalyst__qis__Hadamard(ptr %151, ptr null)
  %152 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 11)
  %153 = load ptr, ptr %152, align 8
  call void @__catalyst__qis__Hadamard(ptr %153, ptr null)
  %154 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 10)
  %155 = load ptr, ptr %154, align 8
  call void @__catalyst__qis__Hadamard(ptr %155, ptr null)
  %156 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 9)
  %157 = load ptr, ptr %156, align 8
  call void @__catalyst__qis__Hadamard(ptr %157, ptr null)
  %158 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 8)
  %159 = load ptr, ptr %158, align 8
  call void @__catalyst__qis__Hadamard(ptr %159, ptr null)
  %160 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 7)
  %161 = load ptr, ptr %160, align 8
  call void @__catalyst__qis__Hadamard(ptr %161, ptr null)
  %162 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 6)
  %163 = load ptr, ptr %162, align 8
  call void @__catalyst__qis__Hadamard(ptr %163, ptr null)
  %164 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 5)
  %165 = load ptr, ptr %164, align 8
  call void @__catalyst__qis__Hadamard(ptr %165, ptr null)
  %166 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 4)
  %167 = load ptr, ptr %166, align 8
  call void @__catalyst__qis__Hadamard(ptr %167, ptr null)
  %168 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 3)
  %169 = load ptr, ptr %168, align 8
  call void @__catalyst__qis__Hadamard(ptr %169, ptr null)
  %170 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 2)
  %171 = load ptr, ptr %170, align 8
  call void @__catalyst__qis__Hadamard(ptr %171, ptr null)
  %172 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 1)
  %173 = load ptr, ptr %172, align 8
  call void @__catalyst__qis__Hadamard(ptr %173, ptr null)
  %174 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 0)
  %175 = load ptr, ptr %174, align 8
  call void @__catalyst__qis__Hadamard(ptr %175, ptr null)
  %176 = load i64, ptr %13, align 4, !tbaa !1
  %177 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %176)
  %178 = load ptr, ptr %177, align 8
  %179 = getelementptr inbounds i64, ptr %13, i32 1
  %180 = load i64, ptr %179, align 4, !tbaa !1
  %181 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %180)
  %182 = load ptr, ptr %181, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %146, ptr null, i64 2, ptr %178, ptr %182)
  %183 = getelementptr inbounds i64, ptr %13, i32 2
  %184 = load i64, ptr %183, align 4, !tbaa !1
  %185 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %184)
  %186 = load ptr, ptr %185, align 8
  %187 = getelementptr inbounds i64, ptr %13, i32 3
  %188 = load i64, ptr %187, align 4, !tbaa !1
  %189 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %188)
  %190 = load ptr, ptr %189, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %145, ptr null, i64 2, ptr %186, ptr %190)
  %191 = getelementptr inbounds i64, ptr %13, i32 4
  %192 = load i64, ptr %191, align 4, !tbaa !1
  %193 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %192)
  %194 = load ptr, ptr %193, align 8
  %195 = getelementptr inbounds i64, ptr %13, i32 5
  %196 = load i64, ptr %195, align 4, !tbaa !1
  %197 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %196)
  %198 = load ptr, ptr %197, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %144, ptr null, i64 2, ptr %194, ptr %198)
  %199 = getelementptr inbounds i64, ptr %13, i32 6
  %200 = load i64, ptr %199, align 4, !tbaa !1
  %201 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %200)
  %202 = load ptr, ptr %201, align 8
  %203 = getelementptr inbounds i64, ptr %13, i32 7
  %204 = load i64, ptr %203, align 4, !tbaa !1
  %205 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %204)
  %206 = load ptr, ptr %205, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %143, ptr null, i64 2, ptr %202, ptr %206)
  %207 = getelementptr inbounds i64, ptr %13, i32 8
  %208 = load i64, ptr %207, align 4, !tbaa !1
  %209 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %208)
  %210 = load ptr, ptr %209, align 8
  %211 = getelementptr inbounds i64, ptr %13, i32 9
  %212 = load i64, ptr %211, align 4, !tbaa !1
  %213 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %212)
  %214 = load ptr, ptr %213, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %142, ptr null, i64 2, ptr %210, ptr %214)
  %215 = getelementptr inbounds i64, ptr %13, i32 10
  %216 = load i64, ptr %215, align 4, !tbaa !1
  %217 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %216)
  %218 = load ptr, ptr %217, align 8
  %219 = getelementptr inbounds i64, ptr %13, i32 11
  %220 = load i64, ptr %219, align 4, !tbaa !1
  %221 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %220)
  %222 = load ptr, ptr %221, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %141, ptr null, i64 2, ptr %218, ptr %222)
  %223 = getelementptr inbounds i64, ptr %13, i32 12
  %224 = load i64, ptr %223, align 4, !tbaa !1
  %225 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %224)
  %226 = load ptr, ptr %225, align 8
  %227 = getelementptr inbounds i64, ptr %13, i32 13
  %228 = load i64, ptr %227, align 4, !tbaa !1
  %229 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %228)
  %230 = load ptr, ptr %229, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %140, ptr null, i64 2, ptr %226, ptr %230)
  %231 = getelementptr inbounds i64, ptr %13, i32 14
  %232 = load i64, ptr %231, align 4, !tbaa !1
  %233 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %232)
  %234 = load ptr, ptr %233, align 8
  %235 = getelementptr inbounds i64, ptr %13, i32 15
  %236 = load i64, ptr %235, align 4, !tbaa !1
  %237 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %236)
  %238 = load ptr, ptr %237, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %139, ptr null, i64 2, ptr %234, ptr %238)
  %239 = getelementptr inbounds i64, ptr %13, i32 16
  %240 = load i64, ptr %239, align 4, !tbaa !1
  %241 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %240)
  %242 = load ptr, ptr %241, align 8
  %243 = getelementptr inbounds i64, ptr %13, i32 17
  %244 = load i64, ptr %243, align 4, !tbaa !1
  %245 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %244)
  %246 = load ptr, ptr %245, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %138, ptr null, i64 2, ptr %242, ptr %246)
  %247 = getelementptr inbounds i64, ptr %13, i32 18
  %248 = load i64, ptr %247, align 4, !tbaa !1
  %249 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %248)
  %250 = load ptr, ptr %249, align 8
  %251 = getelementptr inbounds i64, ptr %13, i32 19
  %252 = load i64, ptr %251, align 4, !tbaa !1
  %253 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %252)
  %254 = load ptr, ptr %253, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %137, ptr null, i64 2, ptr %250, ptr %254)
  %255 = getelementptr inbounds i64, ptr %13, i32 20
  %256 = load i64, ptr %255, align 4, !tbaa !1
  %257 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %256)
  %258 = load ptr, ptr %257, align 8
  %259 = getelementptr inbounds i64, ptr %13, i32 21
  %260 = load i64, ptr %259, align 4, !tbaa !1
  %261 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %260)
  %262 = load ptr, ptr %261, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %136, ptr null, i64 2, ptr %258, ptr %262)
  %263 = getelementptr inbounds i64, ptr %13, i32 22
  %264 = load i64, ptr %263, align 4, !tbaa !1
  %265 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %264)
  %266 = load ptr, ptr %265, align 8
  %267 = getelementptr inbounds i64, ptr %13, i32 23
  %268 = load i64, ptr %267, align 4, !tbaa !1
  %269 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %268)
  %270 = load ptr, ptr %269, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %135, ptr null, i64 2, ptr %266, ptr %270)
  %271 = getelementptr inbounds i64, ptr %13, i32 24
  %272 = load i64, ptr %271, align 4, !tbaa !1
  %273 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %272)
  %274 = load ptr, ptr %273, align 8
  %275 = getelementptr inbounds i64, ptr %13, i32 25
  %276 = load i64, ptr %275, align 4, !tbaa !1
  %277 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %276)
  %278 = load ptr, ptr %277, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %134, ptr null, i64 2, ptr %274, ptr %278)
  %279 = getelementptr inbounds i64, ptr %13, i32 26
  %280 = load i64, ptr %279, align 4, !tbaa !1
  %281 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %280)
  %282 = load ptr, ptr %281, align 8
  %283 = getelementptr inbounds i64, ptr %13, i32 27
  %284 = load i64, ptr %283, align 4, !tbaa !1
  %285 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %284)
  %286 = load ptr, ptr %285, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %133, ptr null, i64 2, ptr %282, ptr %286)
  %287 = getelementptr inbounds i64, ptr %13, i32 28
  %288 = load i64, ptr %287, align 4, !tbaa !1
  %289 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %288)
  %290 = load ptr, ptr %289, align 8
  %291 = getelementptr inbounds i64, ptr %13, i32 29
  %292 = load i64, ptr %291, align 4, !tbaa !1
  %293 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %292)
  %294 = load ptr, ptr %293, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %132, ptr null, i64 2, ptr %290, ptr %294)
  %295 = getelementptr inbounds i64, ptr %13, i32 30
  %296 = load i64, ptr %295, align 4, !tbaa !1
  %297 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %296)
  %298 = load ptr, ptr %297, align 8
  %299 = getelementptr inbounds i64, ptr %13, i32 31
  %300 = load i64, ptr %299, align 4, !tbaa !1
  %301 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %300)
  %302 = load ptr, ptr %301, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %131, ptr null, i64 2, ptr %298, ptr %302)
  %303 = getelementptr inbounds i64, ptr %13, i32 32
  %304 = load i64, ptr %303, align 4, !tbaa !1
  %305 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %304)
  %306 = load ptr, ptr %305, align 8
  %307 = getelementptr inbounds i64, ptr %13, i32 33
  %308 = load i64, ptr %307, align 4, !tbaa !1
  %309 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %308)
  %310 = load ptr, ptr %309, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %130, ptr null, i64 2, ptr %306, ptr %310)
  %311 = getelementptr inbounds i64, ptr %13, i32 34
  %312 = load i64, ptr %311, align 4, !tbaa !1
  %313 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %312)
  %314 = load ptr, ptr %313, align 8
  %315 = getelementptr inbounds i64, ptr %13, i32 35
  %316 = load i64, ptr %315, align 4, !tbaa !1
  %317 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %316)
  %318 = load ptr, ptr %317, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %129, ptr null, i64 2, ptr %314, ptr %318)
  %319 = getelementptr inbounds i64, ptr %13, i32 36
  %320 = load i64, ptr %319, align 4, !tbaa !1
  %321 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %320)
  %322 = load ptr, ptr %321, align 8
  %323 = getelementptr inbounds i64, ptr %13, i32 37
  %324 = load i64, ptr %323, align 4, !tbaa !1
  %325 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %324)
  %326 = load ptr, ptr %325, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %128, ptr null, i64 2, ptr %322, ptr %326)
  %327 = getelementptr inbounds i64, ptr %13, i32 38
  %328 = load i64, ptr %327, align 4, !tbaa !1
  %329 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %328)
  %330 = load ptr, ptr %329, align 8
  %331 = getelementptr inbounds i64, ptr %13, i32 39
  %332 = load i64, ptr %331, align 4, !tbaa !1
  %333 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %332)
  %334 = load ptr, ptr %333, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %127, ptr null, i64 2, ptr %330, ptr %334)
  %335 = getelementptr inbounds i64, ptr %13, i32 40
  %336 = load i64, ptr %335, align 4, !tbaa !1
  %337 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %336)
  %338 = load ptr, ptr %337, align 8
  %339 = getelementptr inbounds i64, ptr %13, i32 41
  %340 = load i64, ptr %339, align 4, !tbaa !1
  %341 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %340)
  %342 = load ptr, ptr %341, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %126, ptr null, i64 2, ptr %338, ptr %342)
  %343 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 13)
  %344 = load ptr, ptr %343, align 8
  call void @__catalyst__qis__RX(double %123, ptr %344, ptr null)
  %345 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 12)
  %346 = load ptr, ptr %345, align 8
  call void @__catalyst__qis__RX(double %123, ptr %346, ptr null)
  %347 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 11)
  %348 = load ptr, ptr %347, align 8
  call void @__catalyst__qis__RX(double %123, ptr %348, ptr null)
  %349 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 10)
  %350 = load ptr, ptr %349, align 8
  call void @__catalyst__qis__RX(double %123, ptr %350, ptr null)
  %351 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 9)
  %352 = load ptr, ptr %351, align 8
  call void @__catalyst__qis__RX(double %123, ptr %352, ptr null)
  %353 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 8)
  %354 = load ptr, ptr %353, align 8
  call void @__catalyst__qis__RX(double %123, ptr %354, ptr null)
  %355 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 7)
  %356 = load ptr, ptr %355, align 8
  call void @__catalyst__qis__RX(double %123, ptr %356, ptr null)
  %357 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 6)
  %358 = load ptr, ptr %357, align 8
  call void @__catalyst__qis__RX(double %123, ptr %358, ptr null)
  %359 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 5)
  %360 = load ptr, ptr %359, align 8
  call void @__catalyst__qis__RX(double %123, ptr %360, ptr null)
  %361 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 4)
  %362 = load ptr, ptr %361, align 8
  call void @__catalyst__qis__RX(double %123, ptr %362, ptr null)
  %363 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 3)
  %364 = load ptr, ptr %363, align 8
  call void @__catalyst__qis__RX(double %123, ptr %364, ptr null)
  %365 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 2)
  %366 = load ptr, ptr %365, align 8
  call void @__catalyst__qis__RX(double %123, ptr %366, ptr null)
  %367 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 1)
  %368 = load ptr, ptr %367, align 8
  call void @__catalyst__qis__RX(double %123, ptr %368, ptr null)
  %369 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 0)
  %370 = load ptr, ptr %369, align 8
  call void @__catalyst__qis__RX(double %123, ptr %370, ptr null)
  %371 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %176)
  %372 = load ptr, ptr %371, align 8
  %373 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %180)
  %374 = load ptr, ptr %373, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %120, ptr null, i64 2, ptr %372, ptr %374)
  %375 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %184)
  %376 = load ptr, ptr %375, align 8
  %377 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %188)
  %378 = load ptr, ptr %377, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %119, ptr null, i64 2, ptr %376, ptr %378)
  %379 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %192)
  %380 = load ptr, ptr %379, align 8
  %381 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %196)
  %382 = load ptr, ptr %381, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %118, ptr null, i64 2, ptr %380, ptr %382)
  %383 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %200)
  %384 = load ptr, ptr %383, align 8
  %385 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %204)
  %386 = load ptr, ptr %385, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %117, ptr null, i64 2, ptr %384, ptr %386)
  %387 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %208)
  %388 = load ptr, ptr %387, align 8
  %389 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %212)
  %390 = load ptr, ptr %389, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %116, ptr null, i64 2, ptr %388, ptr %390)
  %391 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %216)
  %392 = load ptr, ptr %391, align 8
  %393 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %220)
  %394 = load ptr, ptr %393, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %115, ptr null, i64 2, ptr %392, ptr %394)
  %395 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %224)
  %396 = load ptr, ptr %395, align 8
  %397 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %228)
  %398 = load ptr, ptr %397, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %114, ptr null, i64 2, ptr %396, ptr %398)
  %399 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %232)
  %400 = load ptr, ptr %399, align 8
  %401 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %236)
  %402 = load ptr, ptr %401, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %113, ptr null, i64 2, ptr %400, ptr %402)
  %403 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %240)
  %404 = load ptr, ptr %403, align 8
  %405 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %244)
  %406 = load ptr, ptr %405, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %112, ptr null, i64 2, ptr %404, ptr %406)
  %407 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %248)
  %408 = load ptr, ptr %407, align 8
  %409 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %252)
  %410 = load ptr, ptr %409, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %111, ptr null, i64 2, ptr %408, ptr %410)
  %411 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %256)
  %412 = load ptr, ptr %411, align 8
  %413 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %260)
  %414 = load ptr, ptr %413, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %110, ptr null, i64 2, ptr %412, ptr %414)
  %415 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %264)
  %416 = load ptr, ptr %415, align 8
  %417 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %268)
  %418 = load ptr, ptr %417, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %109, ptr null, i64 2, ptr %416, ptr %418)
  %419 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %272)
  %420 = load ptr, ptr %419, align 8
  %421 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %276)
  %422 = load ptr, ptr %421, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %108, ptr null, i64 2, ptr %420, ptr %422)
  %423 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %280)
  %424 = load ptr, ptr %423, align 8
  %425 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %284)
  %426 = load ptr, ptr %425, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %107, ptr null, i64 2, ptr %424, ptr %426)
  %427 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %288)
  %428 = load ptr, ptr %427, align 8
  %429 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %292)
  %430 = load ptr, ptr %429, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %106, ptr null, i64 2, ptr %428, ptr %430)
  %431 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %296)
  %432 = load ptr, ptr %431, align 8
  %433 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %300)
  %434 = load ptr, ptr %433, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %105, ptr null, i64 2, ptr %432, ptr %434)
  %435 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %304)
  %436 = load ptr, ptr %435, align 8
  %437 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %308)
  %438 = load ptr, ptr %437, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %104, ptr null, i64 2, ptr %436, ptr %438)
  %439 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %312)
  %440 = load ptr, ptr %439, align 8
  %441 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %316)
  %442 = load ptr, ptr %441, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %103, ptr null, i64 2, ptr %440, ptr %442)
  %443 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %320)
  %444 = load ptr, ptr %443, align 8
  %445 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %324)
  %446 = load ptr, ptr %445, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %102, ptr null, i64 2, ptr %444, ptr %446)
  %447 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %328)
  %448 = load ptr, ptr %447, align 8
  %449 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %332)
  %450 = load ptr, ptr %449, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %101, ptr null, i64 2, ptr %448, ptr %450)
  %451 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %336)
  %452 = load ptr, ptr %451, align 8
  %453 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %340)
  %454 = load ptr, ptr %453, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %100, ptr null, i64 2, ptr %452, ptr %454)
  %455 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 13)
  %456 = load ptr, ptr %455, align 8
  call void @__catalyst__qis__RX(double %96, ptr %456, ptr null)
  %457 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 12)
  %458 = load ptr, ptr %457, align 8
  call void @__catalyst__qis__RX(double %96, ptr %458, ptr null)
  %459 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 11)
  %460 = load ptr, ptr %459, align 8
  call void @__catalyst__qis__RX(double %96, ptr %460, ptr null)
  %461 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 10)
  %462 = load ptr, ptr %461, align 8
  call void @__catalyst__qis__RX(double %96, ptr %462, ptr null)
  %463 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 9)
  %464 = load ptr, ptr %463, align 8
  call void @__catalyst__qis__RX(double %96, ptr %464, ptr null)
  %465 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 8)
  %466 = load ptr, ptr %465, align 8
  call void @__catalyst__qis__RX(double %96, ptr %466, ptr null)
  %467 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 7)
  %468 = load ptr, ptr %467, align 8
  call void @__catalyst__qis__RX(double %96, ptr %468, ptr null)
  %469 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 6)
  %470 = load ptr, ptr %469, align 8
  call void @__catalyst__qis__RX(double %96, ptr %470, ptr null)
  %471 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 5)
  %472 = load ptr, ptr %471, align 8
  call void @__catalyst__qis__RX(double %96, ptr %472, ptr null)
  %473 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 4)
  %474 = load ptr, ptr %473, align 8
  call void @__catalyst__qis__RX(double %96, ptr %474, ptr null)
  %475 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 3)
  %476 = load ptr, ptr %475, align 8
  call void @__catalyst__qis__RX(double %96, ptr %476, ptr null)
  %477 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 2)
  %478 = load ptr, ptr %477, align 8
  call void @__catalyst__qis__RX(double %96, ptr %478, ptr null)
  %479 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 1)
  %480 = load ptr, ptr %479, align 8
  call void @__catalyst__qis__RX(double %96, ptr %480, ptr null)
  %481 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 0)
  %482 = load ptr, ptr %481, align 8
  call void @__catalyst__qis__RX(double %96, ptr %482, ptr null)
  %483 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %176)
  %484 = load ptr, ptr %483, align 8
  %485 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %180)
  %486 = load ptr, ptr %485, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %93, ptr null, i64 2, ptr %484, ptr %486)
  %487 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %184)
  %488 = load ptr, ptr %487, align 8
  %489 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %188)
  %490 = load ptr, ptr %489, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %91, ptr null, i64 2, ptr %488, ptr %490)
  %491 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %192)
  %492 = load ptr, ptr %491, align 8
  %493 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %196)
  %494 = load ptr, ptr %493, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %88, ptr null, i64 2, ptr %492, ptr %494)
  %495 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %200)
  %496 = load ptr, ptr %495, align 8
  %497 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %204)
  %498 = load ptr, ptr %497, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %85, ptr null, i64 2, ptr %496, ptr %498)
  %499 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %208)
  %500 = load ptr, ptr %499, align 8
  %501 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %212)
  %502 = load ptr, ptr %501, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %82, ptr null, i64 2, ptr %500, ptr %502)
  %503 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %216)
  %504 = load ptr, ptr %503, align 8
  %505 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %220)
  %506 = load ptr, ptr %505, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %79, ptr null, i64 2, ptr %504, ptr %506)
  %507 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %224)
  %508 = load ptr, ptr %507, align 8
  %509 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %228)
  %510 = load ptr, ptr %509, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %76, ptr null, i64 2, ptr %508, ptr %510)
  %511 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %232)
  %512 = load ptr, ptr %511, align 8
  %513 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %236)
  %514 = load ptr, ptr %513, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %73, ptr null, i64 2, ptr %512, ptr %514)
  %515 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %240)
  %516 = load ptr, ptr %515, align 8
  %517 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %244)
  %518 = load ptr, ptr %517, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %70, ptr null, i64 2, ptr %516, ptr %518)
  %519 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %248)
  %520 = load ptr, ptr %519, align 8
  %521 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %252)
  %522 = load ptr, ptr %521, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %67, ptr null, i64 2, ptr %520, ptr %522)
  %523 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %256)
  %524 = load ptr, ptr %523, align 8
  %525 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %260)
  %526 = load ptr, ptr %525, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %64, ptr null, i64 2, ptr %524, ptr %526)
  %527 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %264)
  %528 = load ptr, ptr %527, align 8
  %529 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %268)
  %530 = load ptr, ptr %529, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %61, ptr null, i64 2, ptr %528, ptr %530)
  %531 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %272)
  %532 = load ptr, ptr %531, align 8
  %533 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %276)
  %534 = load ptr, ptr %533, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %58, ptr null, i64 2, ptr %532, ptr %534)
  %535 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %280)
  %536 = load ptr, ptr %535, align 8
  %537 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %284)
  %538 = load ptr, ptr %537, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %55, ptr null, i64 2, ptr %536, ptr %538)
  %539 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %288)
  %540 = load ptr, ptr %539, align 8
  %541 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %292)
  %542 = load ptr, ptr %541, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %52, ptr null, i64 2, ptr %540, ptr %542)
  %543 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %296)
  %544 = load ptr, ptr %543, align 8
  %545 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %300)
  %546 = load ptr, ptr %545, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %49, ptr null, i64 2, ptr %544, ptr %546)
  %547 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %304)
  %548 = load ptr, ptr %547, align 8
  %549 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %308)
  %550 = load ptr, ptr %549, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %46, ptr null, i64 2, ptr %548, ptr %550)
  %551 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %312)
  %552 = load ptr, ptr %551, align 8
  %553 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %316)
  %554 = load ptr, ptr %553, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %43, ptr null, i64 2, ptr %552, ptr %554)
  %555 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %320)
  %556 = load ptr, ptr %555, align 8
  %557 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %324)
  %558 = load ptr, ptr %557, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %40, ptr null, i64 2, ptr %556, ptr %558)
  %559 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %328)
  %560 = load ptr, ptr %559, align 8
  %561 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %332)
  %562 = load ptr, ptr %561, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %37, ptr null, i64 2, ptr %560, ptr %562)
  %563 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %336)
  %564 = load ptr, ptr %563, align 8
  %565 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %340)
  %566 = load ptr, ptr %565, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %34, ptr null, i64 2, ptr %564, ptr %566)
  %567 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 0)
  %568 = load ptr, ptr %567, align 8
  call void @__catalyst__qis__RX(double %28, ptr %568, ptr null)
  %569 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 1)
  %570 = load ptr, ptr %569, align 8
  call void @__catalyst__qis__RX(double %28, ptr %570, ptr null)
  %571 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 2)
  %572 = load ptr, ptr %571, align 8
  call void @__catalyst__qis__RX(double %28, ptr %572, ptr null)
  %573 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 3)
  %574 = load ptr, ptr %573, align 8
  call void @__catalyst__qis__RX(double %28, ptr %574, ptr null)
  %575 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 4)
  %576 = load ptr, ptr %575, align 8
  call void @__catalyst__qis__RX(double %28, ptr %576, ptr null)
  %577 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 5)
  %578 = load ptr, ptr %577, align 8
  call void @__catalyst__qis__RX(double %28, ptr %578, ptr null)
  %579 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 6)
  %580 = load ptr, ptr %579, align 8
  call void @__catalyst__qis__RX(double %28, ptr %580, ptr null)
  %581 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 7)
  %582 = load ptr, ptr %581, align 8
  call void @__catalyst__qis__RX(double %28, ptr %582, ptr null)
  %583 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 8)
  %584 = load ptr, ptr %583, align 8
  call void @__catalyst__qis__RX(double %28, ptr %584, ptr null)
  %585 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 9)
  %586 = load ptr, ptr %585, align 8
  call void @__catalyst__qis__RX(double %28, ptr %586, ptr null)
  %587 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 10)
  %588 = load ptr, ptr %587, align 8
  call void @__catalyst__qis__RX(double %28, ptr %588, ptr null)
  %589 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 11)
  %590 = load ptr, ptr %589, align 8
  call void @__catalyst__qis__RX(double %28, ptr %590, ptr null)
  %591 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 12)
  %592 = load ptr, ptr %591, align 8
  call void @__catalyst__qis__RX(double %28, ptr %592, ptr null)
  %593 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 13)
  %594 = load ptr, ptr %593, align 8
  call void @__catalyst__qis__RX(double %28, ptr %594, ptr null)
  %595 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %176)
  %596 = load ptr, ptr %595, align 8
  %597 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %596)
  %598 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %180)
  %599 = load ptr, ptr %598, align 8
  %600 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %599)
  %601 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %597, i64 %600)
  %602 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %184)
  %603 = load ptr, ptr %602, align 8
  %604 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %603)
  %605 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %188)
  %606 = load ptr, ptr %605, align 8
  %607 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %606)
  %608 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %604, i64 %607)
  %609 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %192)
  %610 = load ptr, ptr %609, align 8
  %611 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %610)
  %612 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %196)
  %613 = load ptr, ptr %612, align 8
  %614 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %613)
  %615 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %611, i64 %614)
  %616 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %200)
  %617 = load ptr, ptr %616, align 8
  %618 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %617)
  %619 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %204)
  %620 = load ptr, ptr %619, align 8
  %621 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %620)
  %622 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %618, i64 %621)
  %623 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %208)
  %624 = load ptr, ptr %623, align 8
  %625 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %624)
  %626 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %212)
  %627 = load ptr, ptr %626, align 8
  %628 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %627)
  %629 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %625, i64 %628)
  %630 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %216)
  %631 = load ptr, ptr %630, align 8
  %632 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %631)
  %633 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %220)
  %634 = load ptr, ptr %633, align 8
  %635 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %634)
  %636 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %632, i64 %635)
  %637 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %224)
  %638 = load ptr, ptr %637, align 8
  %639 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %638)
  %640 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %228)
  %641 = load ptr, ptr %640, align 8
  %642 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %641)
  %643 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %639, i64 %642)
  %644 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %232)
  %645 = load ptr, ptr %644, align 8
  %646 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %645)
  %647 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %236)
  %648 = load ptr, ptr %647, align 8
  %649 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %648)
  %650 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %646, i64 %649)
  %651 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %240)
  %652 = load ptr, ptr %651, align 8
  %653 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %652)
  %654 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %244)
  %655 = load ptr, ptr %654, align 8
  %656 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %655)
  %657 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %653, i64 %656)
  %658 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %248)
  %659 = load ptr, ptr %658, align 8
  %660 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %659)
  %661 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %252)
  %662 = load ptr, ptr %661, align 8
  %663 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %662)
  %664 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %660, i64 %663)
  %665 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %256)
  %666 = load ptr, ptr %665, align 8
  %667 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %666)
  %668 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %260)
  %669 = load ptr, ptr %668, align 8
  %670 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %669)
  %671 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %667, i64 %670)
  %672 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %264)
  %673 = load ptr, ptr %672, align 8
  %674 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %673)
  %675 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %268)
  %676 = load ptr, ptr %675, align 8
  %677 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %676)
  %678 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %674, i64 %677)
  %679 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %272)
  %680 = load ptr, ptr %679, align 8
  %681 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %680)
  %682 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %276)
  %683 = load ptr, ptr %682, align 8
  %684 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %683)
  %685 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %681, i64 %684)
  %686 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %280)
  %687 = load ptr, ptr %686, align 8
  %688 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %687)
  %689 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %284)
  %690 = load ptr, ptr %689, align 8
  %691 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %690)
  %692 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %688, i64 %691)
  %693 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %288)
  %694 = load ptr, ptr %693, align 8
  %695 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %694)
  %696 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %292)
  %697 = load ptr, ptr %696, align 8
  %698 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %697)
  %699 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %695, i64 %698)
  %700 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %296)
  %701 = load ptr, ptr %700, align 8
  %702 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %701)
  %703 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %300)
  %704 = load ptr, ptr %703, align 8
  %705 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %704)
  %706 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %702, i64 %705)
  %707 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %304)
  %708 = load ptr, ptr %707, align 8
  %709 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %708)
  %710 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %308)
  %711 = load ptr, ptr %710, align 8
  %712 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %711)
  %713 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %709, i64 %712)
  %714 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %312)
  %715 = load ptr, ptr %714, align 8
  %716 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %715)
  %717 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %316)
  %718 = load ptr, ptr %717, align 8
  %719 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %718)
  %720 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %716, i64 %719)
  %721 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %320)
  %722 = load ptr, ptr %721, align 8
  %723 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %722)
  %724 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %324)
  %725 = load ptr, ptr %724, align 8
  %726 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %725)
  %727 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %723, i64 %726)
  %728 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %328)
  %729 = load ptr, ptr %728, align 8
  %730 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %729)
  %731 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %332)
  %732 = load ptr, ptr %731, align 8
  %733 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %732)
  %734 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %730, i64 %733)
  %735 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %336)
  %736 = load ptr, ptr %735, align 8
  %737 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %736)
  %738 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %147, i64 %340)
  %739 = load ptr, ptr %738, align 8
  %740 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %739)
  %741 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %737, i64 %740)
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %25, ptr %20, align 8
  %742 = call i64 (ptr, i64, ...) @__catalyst__qis__HamiltonianObs(ptr %20, i64 21, i64 %601, i64 %608, i64 %615, i64 %622, i64 %629, i64 %636, i64 %643, i64 %650, i64 %657, i64 %664, i64 %671, i64 %678, i64 %685, i64 %692, i64 %699, i64 %706, i64 %713, i64 %720, i64 %727, i64 %734, i64 %741)
  %743 = call double @__catalyst__qis__Expval(i64 %742)
  ret ptr %147
}

define i64 @energy_0.pcount(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18) {
  %20 = alloca i64, i64 1, align 8
  store i64 0, ptr %20, align 4, !tbaa !1
  %21 = load i64, ptr %20, align 4, !tbaa !1
  %22 = add i64 %21, 1
  store i64 %22, ptr %20, align 4, !tbaa !1
  %23 = load i64, ptr %20, align 4, !tbaa !1
  %24 = add i64 %23, 1
  store i64 %24, ptr %20, align 4, !tbaa !1
  %25 = load i64, ptr %20, align 4, !tbaa !1
  %26 = add i64 %25, 1
  store i64 %26, ptr %20, align 4, !tbaa !1
  %27 = load i64, ptr %20, align 4, !tbaa !1
  %28 = add i64 %27, 1
  store i64 %28, ptr %20, align 4, !tbaa !1
  %29 = load i64, ptr %20, align 4, !tbaa !1
  %30 = add i64 %29, 1
  store i64 %30, ptr %20, align 4, !tbaa !1
  %31 = load i64, ptr %20, align 4, !tbaa !1
  %32 = add i64 %31, 1
  store i64 %32, ptr %20, align 4, !tbaa !1
  %33 = load i64, ptr %20, align 4, !tbaa !1
  %34 = add i64 %33, 1
  store i64 %34, ptr %20, align 4, !tbaa !1
  %35 = load i64, ptr %20, align 4, !tbaa !1
  %36 = add i64 %35, 1
  store i64 %36, ptr %20, align 4, !tbaa !1
  %37 = load i64, ptr %20, align 4, !tbaa !1
  %38 = add i64 %37, 1
  store i64 %38, ptr %20, align 4, !tbaa !1
  %39 = load i64, ptr %20, align 4, !tbaa !1
  %40 = add i64 %39, 1
  store i64 %40, ptr %20, align 4, !tbaa !1
  %41 = load i64, ptr %20, align 4, !tbaa !1
  %42 = add i64 %41, 1
  store i64 %42, ptr %20, align 4, !tbaa !1
  %43 = load i64, ptr %20, align 4, !tbaa !1
  %44 = add i64 %43, 1
  store i64 %44, ptr %20, align 4, !tbaa !1
  %45 = load i64, ptr %20, align 4, !tbaa !1
  %46 = add i64 %45, 1
  store i64 %46, ptr %20, align 4, !tbaa !1
  %47 = load i64, ptr %20, align 4, !tbaa !1
  %48 = add i64 %47, 1
  store i64 %48, ptr %20, align 4, !tbaa !1
  %49 = load i64, ptr %20, align 4, !tbaa !1
  %50 = add i64 %49, 1
  store i64 %50, ptr %20, align 4, !tbaa !1
  %51 = load i64, ptr %20, align 4, !tbaa !1
  %52 = add i64 %51, 1
  store i64 %52, ptr %20, align 4, !tbaa !1
  %53 = load i64, ptr %20, align 4, !tbaa !1
  %54 = add i64 %53, 1
  store i64 %54, ptr %20, align 4, !tbaa !1
  %55 = load i64, ptr %20, align 4, !tbaa !1
  %56 = add i64 %55, 1
  store i64 %56, ptr %20, align 4, !tbaa !1
  %57 = load i64, ptr %20, align 4, !tbaa !1
  %58 = add i64 %57, 1
  store i64 %58, ptr %20, align 4, !tbaa !1
  %59 = load i64, ptr %20, align 4, !tbaa !1
  %60 = add i64 %59, 1
  store i64 %60, ptr %20, align 4, !tbaa !1
  %61 = load i64, ptr %20, align 4, !tbaa !1
  %62 = add i64 %61, 1
  store i64 %62, ptr %20, align 4, !tbaa !1
  %63 = load i64, ptr %20, align 4, !tbaa !1
  %64 = add i64 %63, 1
  store i64 %64, ptr %20, align 4, !tbaa !1
  %65 = load i64, ptr %20, align 4, !tbaa !1
  %66 = add i64 %65, 1
  store i64 %66, ptr %20, align 4, !tbaa !1
  %67 = load i64, ptr %20, align 4, !tbaa !1
  %68 = add i64 %67, 1
  store i64 %68, ptr %20, align 4, !tbaa !1
  %69 = load i64, ptr %20, align 4, !tbaa !1
  %70 = add i64 %69, 1
  store i64 %70, ptr %20, align 4, !tbaa !1
  %71 = load i64, ptr %20, align 4, !tbaa !1
  %72 = add i64 %71, 1
  store i64 %72, ptr %20, align 4, !tbaa !1
  %73 = load i64, ptr %20, align 4, !tbaa !1
  %74 = add i64 %73, 1
  store i64 %74, ptr %20, align 4, !tbaa !1
  %75 = load i64, ptr %20, align 4, !tbaa !1
  %76 = add i64 %75, 1
  store i64 %76, ptr %20, align 4, !tbaa !1
  %77 = load i64, ptr %20, align 4, !tbaa !1
  %78 = add i64 %77, 1
  store i64 %78, ptr %20, align 4, !tbaa !1
  %79 = load i64, ptr %20, align 4, !tbaa !1
  %80 = add i64 %79, 1
  store i64 %80, ptr %20, align 4, !tbaa !1
  %81 = load i64, ptr %20, align 4, !tbaa !1
  %82 = add i64 %81, 1
  store i64 %82, ptr %20, align 4, !tbaa !1
  %83 = load i64, ptr %20, align 4, !tbaa !1
  %84 = add i64 %83, 1
  store i64 %84, ptr %20, align 4, !tbaa !1
  %85 = load i64, ptr %20, align 4, !tbaa !1
  %86 = add i64 %85, 1
  store i64 %86, ptr %20, align 4, !tbaa !1
  %87 = load i64, ptr %20, align 4, !tbaa !1
  %88 = add i64 %87, 1
  store i64 %88, ptr %20, align 4, !tbaa !1
  %89 = load i64, ptr %20, align 4, !tbaa !1
  %90 = add i64 %89, 1
  store i64 %90, ptr %20, align 4, !tbaa !1
  %91 = load i64, ptr %20, align 4, !tbaa !1
  %92 = add i64 %91, 1
  store i64 %92, ptr %20, align 4, !tbaa !1
  %93 = load i64, ptr %20, align 4, !tbaa !1
  %94 = add i64 %93, 1
  store i64 %94, ptr %20, align 4, !tbaa !1
  %95 = load i64, ptr %20, align 4, !tbaa !1
  %96 = add i64 %95, 1
  store i64 %96, ptr %20, align 4, !tbaa !1
  %97 = load i64, ptr %20, align 4, !tbaa !1
  %98 = add i64 %97, 1
  store i64 %98, ptr %20, align 4, !tbaa !1
  %99 = load i64, ptr %20, align 4, !tbaa !1
  %100 = add i64 %99, 1
  store i64 %100, ptr %20, align 4, !tbaa !1
  %101 = load i64, ptr %20, align 4, !tbaa !1
  %102 = add i64 %101, 1
  store i64 %102, ptr %20, align 4, !tbaa !1
  %103 = load i64, ptr %20, align 4, !tbaa !1
  %104 = add i64 %103, 1
  store i64 %104, ptr %20, align 4, !tbaa !1
  %105 = load i64, ptr %20, align 4, !tbaa !1
  %106 = add i64 %105, 1
  store i64 %106, ptr %20, align 4, !tbaa !1
  %107 = load i64, ptr %20, align 4, !tbaa !1
  %108 = add i64 %107, 1
  store i64 %108, ptr %20, align 4, !tbaa !1
  %109 = load i64, ptr %20, align 4, !tbaa !1
  %110 = add i64 %109, 1
  store i64 %110, ptr %20, align 4, !tbaa !1
  %111 = load i64, ptr %20, align 4, !tbaa !1
  %112 = add i64 %111, 1
  store i64 %112, ptr %20, align 4, !tbaa !1
  %113 = load i64, ptr %20, align 4, !tbaa !1
  %114 = add i64 %113, 1
  store i64 %114, ptr %20, align 4, !tbaa !1
  %115 = load i64, ptr %20, align 4, !tbaa !1
  %116 = add i64 %115, 1
  store i64 %116, ptr %20, align 4, !tbaa !1
  %117 = load i64, ptr %20, align 4, !tbaa !1
  %118 = add i64 %117, 1
  store i64 %118, ptr %20, align 4, !tbaa !1
  %119 = load i64, ptr %20, align 4, !tbaa !1
  %120 = add i64 %119, 1
  store i64 %120, ptr %20, align 4, !tbaa !1
  %121 = load i64, ptr %20, align 4, !tbaa !1
  %122 = add i64 %121, 1
  store i64 %122, ptr %20, align 4, !tbaa !1
  %123 = load i64, ptr %20, align 4, !tbaa !1
  %124 = add i64 %123, 1
  store i64 %124, ptr %20, align 4, !tbaa !1
  %125 = load i64, ptr %20, align 4, !tbaa !1
  %126 = add i64 %125, 1
  store i64 %126, ptr %20, align 4, !tbaa !1
  %127 = load i64, ptr %20, align 4, !tbaa !1
  %128 = add i64 %127, 1
  store i64 %128, ptr %20, align 4, !tbaa !1
  %129 = load i64, ptr %20, align 4, !tbaa !1
  %130 = add i64 %129, 1
  store i64 %130, ptr %20, align 4, !tbaa !1
  %131 = load i64, ptr %20, align 4, !tbaa !1
  %132 = add i64 %131, 1
  store i64 %132, ptr %20, align 4, !tbaa !1
  %133 = load i64, ptr %20, align 4, !tbaa !1
  %134 = add i64 %133, 1
  store i64 %134, ptr %20, align 4, !tbaa !1
  %135 = load i64, ptr %20, align 4, !tbaa !1
  %136 = add i64 %135, 1
  store i64 %136, ptr %20, align 4, !tbaa !1
  %137 = load i64, ptr %20, align 4, !tbaa !1
  %138 = add i64 %137, 1
  store i64 %138, ptr %20, align 4, !tbaa !1
  %139 = load i64, ptr %20, align 4, !tbaa !1
  %140 = add i64 %139, 1
  store i64 %140, ptr %20, align 4, !tbaa !1
  %141 = load i64, ptr %20, align 4, !tbaa !1
  %142 = add i64 %141, 1
  store i64 %142, ptr %20, align 4, !tbaa !1
  %143 = load i64, ptr %20, align 4, !tbaa !1
  %144 = add i64 %143, 1
  store i64 %144, ptr %20, align 4, !tbaa !1
  %145 = load i64, ptr %20, align 4, !tbaa !1
  %146 = add i64 %145, 1
  store i64 %146, ptr %20, align 4, !tbaa !1
  %147 = load i64, ptr %20, align 4, !tbaa !1
  %148 = add i64 %147, 1
  store i64 %148, ptr %20, align 4, !tbaa !1
  %149 = load i64, ptr %20, align 4, !tbaa !1
  %150 = add i64 %149, 1
  store i64 %150, ptr %20, align 4, !tbaa !1
  %151 = load i64, ptr %20, align 4, !tbaa !1
  %152 = add i64 %151, 1
  store i64 %152, ptr %20, align 4, !tbaa !1
  %153 = load i64, ptr %20, align 4, !tbaa !1
  %154 = add i64 %153, 1
  store i64 %154, ptr %20, align 4, !tbaa !1
  %155 = load i64, ptr %20, align 4, !tbaa !1
  %156 = add i64 %155, 1
  store i64 %156, ptr %20, align 4, !tbaa !1
  %157 = load i64, ptr %20, align 4, !tbaa !1
  %158 = add i64 %157, 1
  store i64 %158, ptr %20, align 4, !tbaa !1
  %159 = load i64, ptr %20, align 4, !tbaa !1
  %160 = add i64 %159, 1
  store i64 %160, ptr %20, align 4, !tbaa !1
  %161 = load i64, ptr %20, align 4, !tbaa !1
  %162 = add i64 %161, 1
  store i64 %162, ptr %20, align 4, !tbaa !1
  %163 = load i64, ptr %20, align 4, !tbaa !1
  %164 = add i64 %163, 1
  store i64 %164, ptr %20, align 4, !tbaa !1
  %165 = load i64, ptr %20, align 4, !tbaa !1
  %166 = add i64 %165, 1
  store i64 %166, ptr %20, align 4, !tbaa !1
  %167 = load i64, ptr %20, align 4, !tbaa !1
  %168 = add i64 %167, 1
  store i64 %168, ptr %20, align 4, !tbaa !1
  %169 = load i64, ptr %20, align 4, !tbaa !1
  %170 = add i64 %169, 1
  store i64 %170, ptr %20, align 4, !tbaa !1
  %171 = load i64, ptr %20, align 4, !tbaa !1
  %172 = add i64 %171, 1
  store i64 %172, ptr %20, align 4, !tbaa !1
  %173 = load i64, ptr %20, align 4, !tbaa !1
  %174 = add i64 %173, 1
  store i64 %174, ptr %20, align 4, !tbaa !1
  %175 = load i64, ptr %20, align 4, !tbaa !1
  %176 = add i64 %175, 1
  store i64 %176, ptr %20, align 4, !tbaa !1
  %177 = load i64, ptr %20, align 4, !tbaa !1
  %178 = add i64 %177, 1
  store i64 %178, ptr %20, align 4, !tbaa !1
  %179 = load i64, ptr %20, align 4, !tbaa !1
  %180 = add i64 %179, 1
  store i64 %180, ptr %20, align 4, !tbaa !1
  %181 = load i64, ptr %20, align 4, !tbaa !1
  %182 = add i64 %181, 1
  store i64 %182, ptr %20, align 4, !tbaa !1
  %183 = load i64, ptr %20, align 4, !tbaa !1
  %184 = add i64 %183, 1
  store i64 %184, ptr %20, align 4, !tbaa !1
  %185 = load i64, ptr %20, align 4, !tbaa !1
  %186 = add i64 %185, 1
  store i64 %186, ptr %20, align 4, !tbaa !1
  %187 = load i64, ptr %20, align 4, !tbaa !1
  %188 = add i64 %187, 1
  store i64 %188, ptr %20, align 4, !tbaa !1
  %189 = load i64, ptr %20, align 4, !tbaa !1
  %190 = add i64 %189, 1
  store i64 %190, ptr %20, align 4, !tbaa !1
  %191 = load i64, ptr %20, align 4, !tbaa !1
  %192 = add i64 %191, 1
  store i64 %192, ptr %20, align 4, !tbaa !1
  %193 = load i64, ptr %20, align 4, !tbaa !1
  %194 = add i64 %193, 1
  store i64 %194, ptr %20, align 4, !tbaa !1
  %195 = load i64, ptr %20, align 4, !tbaa !1
  %196 = add i64 %195, 1
  store i64 %196, ptr %20, align 4, !tbaa !1
  %197 = load i64, ptr %20, align 4, !tbaa !1
  %198 = add i64 %197, 1
  store i64 %198, ptr %20, align 4, !tbaa !1
  %199 = load i64, ptr %20, align 4, !tbaa !1
  %200 = add i64 %199, 1
  store i64 %200, ptr %20, align 4, !tbaa !1
  %201 = load i64, ptr %20, align 4, !tbaa !1
  %202 = add i64 %201, 1
  store i64 %202, ptr %20, align 4, !tbaa !1
  %203 = load i64, ptr %20, align 4, !tbaa !1
  %204 = add i64 %203, 1
  store i64 %204, ptr %20, align 4, !tbaa !1
  %205 = load i64, ptr %20, align 4, !tbaa !1
  %206 = add i64 %205, 1
  store i64 %206, ptr %20, align 4, !tbaa !1
  %207 = load i64, ptr %20, align 4, !tbaa !1
  %208 = add i64 %207, 1
  store i64 %208, ptr %20, align 4, !tbaa !1
  %209 = load i64, ptr %20, align 4, !tbaa !1
  %210 = add i64 %209, 1
  store i64 %210, ptr %20, align 4, !tbaa !1
  %211 = load i64, ptr %20, align 4, !tbaa !1
  %212 = add i64 %211, 1
  store i64 %212, ptr %20, align 4, !tbaa !1
  %213 = load i64, ptr %20, align 4, !tbaa !1
  %214 = add i64 %213, 1
  store i64 %214, ptr %20, align 4, !tbaa !1
  %215 = load i64, ptr %20, align 4, !tbaa !1
  %216 = add i64 %215, 1
  store i64 %216, ptr %20, align 4, !tbaa !1
  %217 = load i64, ptr %20, align 4, !tbaa !1
  %218 = add i64 %217, 1
  store i64 %218, ptr %20, align 4, !tbaa !1
  %219 = load i64, ptr %20, align 4, !tbaa !1
  %220 = add i64 %219, 1
  store i64 %220, ptr %20, align 4, !tbaa !1
  %221 = load i64, ptr %20, align 4, !tbaa !1
  %222 = add i64 %221, 1
  store i64 %222, ptr %20, align 4, !tbaa !1
  %223 = load i64, ptr %20, align 4, !tbaa !1
  %224 = add i64 %223, 1
  store i64 %224, ptr %20, align 4, !tbaa !1
  %225 = load i64, ptr %20, align 4, !tbaa !1
  %226 = add i64 %225, 1
  store i64 %226, ptr %20, align 4, !tbaa !1
  %227 = load i64, ptr %20, align 4, !tbaa !1
  %228 = add i64 %227, 1
  store i64 %228, ptr %20, align 4, !tbaa !1
  %229 = load i64, ptr %20, align 4, !tbaa !1
  %230 = add i64 %229, 1
  store i64 %230, ptr %20, align 4, !tbaa !1
  %231 = load i64, ptr %20, align 4, !tbaa !1
  ret i64 %231
}

define void @energy_0.quantum.customqgrad(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9, ptr %10) {
  %12 = load { ptr, ptr, i64, [2 x i64], [2 x i64] }, ptr %0, align 8
  %13 = load { ptr, ptr, i64, [1 x i64], [1 x i64] }, ptr %2, align 8
  %14 = load { ptr, ptr, i64, [2 x i64], [2 x i64] }, ptr %4, align 8
  %15 = load { ptr, ptr, i64, [1 x i64], [1 x i64] }, ptr %7, align 8
  %16 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %15, 3
  %17 = alloca [1 x i64], i64 1, align 8
  store [1 x i64] %16, ptr %17, align 4
  %18 = getelementptr inbounds [1 x i64], ptr %17, i32 0, i32 0
  %19 = load i64, ptr %18, align 4
  %20 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %12, 0
  %21 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %12, 1
  %22 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %12, 2
  %23 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %12, 3, 0
  %24 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %12, 3, 1
  %25 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %12, 4, 0
  %26 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %12, 4, 1
  %27 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %13, 0
  %28 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %13, 1
  %29 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %13, 2
  %30 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %13, 3, 0
  %31 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %13, 4, 0
  %32 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %14, 0
  %33 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %14, 1
  %34 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %14, 2
  %35 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %14, 3, 0
  %36 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %14, 3, 1
  %37 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %14, 4, 0
  %38 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %14, 4, 1
  %39 = call { ptr, ptr, i64, [1 x i64], [1 x i64] } @energy_0.adjoint(ptr %20, ptr %21, i64 %22, i64 %23, i64 %24, i64 %25, i64 %26, ptr %27, ptr %28, i64 %29, i64 %30, i64 %31, ptr %32, ptr %33, i64 %34, i64 %35, i64 %36, i64 %37, i64 %38, i64 %19)
  %40 = load { ptr, ptr, i64 }, ptr %9, align 8
  %41 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %39, 3
  %42 = alloca [1 x i64], i64 1, align 8
  store [1 x i64] %41, ptr %42, align 4
  %43 = getelementptr inbounds [1 x i64], ptr %42, i32 0, i32 0
  %44 = load i64, ptr %43, align 4
  br label %45

45:                                               ; preds = %48, %11
  %46 = phi i64 [ %61, %48 ], [ 0, %11 ]
  %47 = icmp slt i64 %46, %44
  br i1 %47, label %48, label %62

48:                                               ; preds = %45
  %49 = extractvalue { ptr, ptr, i64 } %40, 1
  %50 = load double, ptr %49, align 8, !tbaa !4
  %51 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %39, 1
  %52 = getelementptr inbounds double, ptr %51, i64 %46
  %53 = load double, ptr %52, align 8, !tbaa !4
  %54 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %15, 1
  %55 = getelementptr inbounds double, ptr %54, i64 %46
  %56 = load double, ptr %55, align 8, !tbaa !4
  %57 = fmul double %50, %53
  %58 = fadd double %56, %57
  %59 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %15, 1
  %60 = getelementptr inbounds double, ptr %59, i64 %46
  store double %58, ptr %60, align 8, !tbaa !4
  %61 = add i64 %46, 1
  br label %45

62:                                               ; preds = %45
  ret void
}

; Function Attrs: noinline
define void @energy_0.quantum(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4) #0 {
  %6 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, i64 1, align 8
  %7 = load volatile { ptr, ptr, i64, [2 x i64], [2 x i64] }, ptr %0, align 8
  store { ptr, ptr, i64, [2 x i64], [2 x i64] } %7, ptr %0, align 8
  %8 = load volatile { ptr, ptr, i64, [1 x i64], [1 x i64] }, ptr %1, align 8
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %8, ptr %1, align 8
  %9 = load volatile { ptr, ptr, i64, [2 x i64], [2 x i64] }, ptr %2, align 8
  store { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, ptr %2, align 8
  %10 = load volatile { ptr, ptr, i64, [1 x i64], [1 x i64] }, ptr %3, align 8
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, ptr %3, align 8
  %11 = load volatile { ptr, ptr, i64 }, ptr %4, align 8
  store { ptr, ptr, i64 } %11, ptr %4, align 8
  %12 = alloca i64, i64 1, align 8
  store i64 0, ptr %12, align 4, !tbaa !1
  %13 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %14 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %15 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %16 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %17 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %18 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %19 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %20 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %21 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %22 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %23 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %24 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %25 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %26 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %27 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %28 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %29 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %30 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %31 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %32 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %33 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %34 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %35 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %36 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %37 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %38 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %39 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %40 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %41 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %42 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %43 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %44 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %45 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %46 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %47 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %48 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %49 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %50 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %51 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %52 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %53 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  %54 = extractvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %9, 1
  call void @__catalyst__rt__device_init(ptr @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", ptr @LightningSimulator, ptr @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}", i64 0, i1 false)
  %55 = call ptr @__catalyst__rt__qubit_allocate_array(i64 14)
  %56 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 13)
  %57 = load ptr, ptr %56, align 8
  call void @__catalyst__qis__Hadamard(ptr %57, ptr null)
  %58 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 12)
  %59 = load ptr, ptr %58, align 8
  call void @__catalyst__qis__Hadamard(ptr %59, ptr null)
  %60 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 11)
  %61 = load ptr, ptr %60, align 8
  call void @__catalyst__qis__Hadamard(ptr %61, ptr null)
  %62 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 10)
  %63 = load ptr, ptr %62, align 8
  call void @__catalyst__qis__Hadamard(ptr %63, ptr null)
  %64 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 9)
  %65 = load ptr, ptr %64, align 8
  call void @__catalyst__qis__Hadamard(ptr %65, ptr null)
  %66 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 8)
  %67 = load ptr, ptr %66, align 8
  call void @__catalyst__qis__Hadamard(ptr %67, ptr null)
  %68 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 7)
  %69 = load ptr, ptr %68, align 8
  call void @__catalyst__qis__Hadamard(ptr %69, ptr null)
  %70 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 6)
  %71 = load ptr, ptr %70, align 8
  call void @__catalyst__qis__Hadamard(ptr %71, ptr null)
  %72 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 5)
  %73 = load ptr, ptr %72, align 8
  call void @__catalyst__qis__Hadamard(ptr %73, ptr null)
  %74 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 4)
  %75 = load ptr, ptr %74, align 8
  call void @__catalyst__qis__Hadamard(ptr %75, ptr null)
  %76 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 3)
  %77 = load ptr, ptr %76, align 8
  call void @__catalyst__qis__Hadamard(ptr %77, ptr null)
  %78 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 2)
  %79 = load ptr, ptr %78, align 8
  call void @__catalyst__qis__Hadamard(ptr %79, ptr null)
  %80 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 1)
  %81 = load ptr, ptr %80, align 8
  call void @__catalyst__qis__Hadamard(ptr %81, ptr null)
  %82 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 0)
  %83 = load ptr, ptr %82, align 8
  call void @__catalyst__qis__Hadamard(ptr %83, ptr null)
  %84 = load i64, ptr %13, align 4, !tbaa !1
  %85 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %84)
  %86 = load ptr, ptr %85, align 8
  %87 = getelementptr inbounds i64, ptr %14, i32 1
  %88 = load i64, ptr %87, align 4, !tbaa !1
  %89 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %88)
  %90 = load ptr, ptr %89, align 8
  %91 = load i64, ptr %12, align 4, !tbaa !1
  %92 = add i64 %91, 1
  store i64 %92, ptr %12, align 4, !tbaa !1
  %93 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %94 = getelementptr inbounds double, ptr %93, i64 %91
  %95 = load double, ptr %94, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %95, ptr null, i64 2, ptr %86, ptr %90)
  %96 = getelementptr inbounds i64, ptr %15, i32 2
  %97 = load i64, ptr %96, align 4, !tbaa !1
  %98 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %97)
  %99 = load ptr, ptr %98, align 8
  %100 = getelementptr inbounds i64, ptr %16, i32 3
  %101 = load i64, ptr %100, align 4, !tbaa !1
  %102 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %101)
  %103 = load ptr, ptr %102, align 8
  %104 = load i64, ptr %12, align 4, !tbaa !1
  %105 = add i64 %104, 1
  store i64 %105, ptr %12, align 4, !tbaa !1
  %106 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %107 = getelementptr inbounds double, ptr %106, i64 %104
  %108 = load double, ptr %107, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %108, ptr null, i64 2, ptr %99, ptr %103)
  %109 = getelementptr inbounds i64, ptr %17, i32 4
  %110 = load i64, ptr %109, align 4, !tbaa !1
  %111 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %110)
  %112 = load ptr, ptr %111, align 8
  %113 = getelementptr inbounds i64, ptr %18, i32 5
  %114 = load i64, ptr %113, align 4, !tbaa !1
  %115 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %114)
  %116 = load ptr, ptr %115, align 8
  %117 = load i64, ptr %12, align 4, !tbaa !1
  %118 = add i64 %117, 1
  store i64 %118, ptr %12, align 4, !tbaa !1
  %119 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %120 = getelementptr inbounds double, ptr %119, i64 %117
  %121 = load double, ptr %120, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %121, ptr null, i64 2, ptr %112, ptr %116)
  %122 = getelementptr inbounds i64, ptr %19, i32 6
  %123 = load i64, ptr %122, align 4, !tbaa !1
  %124 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %123)
  %125 = load ptr, ptr %124, align 8
  %126 = getelementptr inbounds i64, ptr %20, i32 7
  %127 = load i64, ptr %126, align 4, !tbaa !1
  %128 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %127)
  %129 = load ptr, ptr %128, align 8
  %130 = load i64, ptr %12, align 4, !tbaa !1
  %131 = add i64 %130, 1
  store i64 %131, ptr %12, align 4, !tbaa !1
  %132 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %133 = getelementptr inbounds double, ptr %132, i64 %130
  %134 = load double, ptr %133, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %134, ptr null, i64 2, ptr %125, ptr %129)
  %135 = getelementptr inbounds i64, ptr %21, i32 8
  %136 = load i64, ptr %135, align 4, !tbaa !1
  %137 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %136)
  %138 = load ptr, ptr %137, align 8
  %139 = getelementptr inbounds i64, ptr %22, i32 9
  %140 = load i64, ptr %139, align 4, !tbaa !1
  %141 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %140)
  %142 = load ptr, ptr %141, align 8
  %143 = load i64, ptr %12, align 4, !tbaa !1
  %144 = add i64 %143, 1
  store i64 %144, ptr %12, align 4, !tbaa !1
  %145 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %146 = getelementptr inbounds double, ptr %145, i64 %143
  %147 = load double, ptr %146, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %147, ptr null, i64 2, ptr %138, ptr %142)
  %148 = getelementptr inbounds i64, ptr %23, i32 10
  %149 = load i64, ptr %148, align 4, !tbaa !1
  %150 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %149)
  %151 = load ptr, ptr %150, align 8
  %152 = getelementptr inbounds i64, ptr %24, i32 11
  %153 = load i64, ptr %152, align 4, !tbaa !1
  %154 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %153)
  %155 = load ptr, ptr %154, align 8
  %156 = load i64, ptr %12, align 4, !tbaa !1
  %157 = add i64 %156, 1
  store i64 %157, ptr %12, align 4, !tbaa !1
  %158 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %159 = getelementptr inbounds double, ptr %158, i64 %156
  %160 = load double, ptr %159, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %160, ptr null, i64 2, ptr %151, ptr %155)
  %161 = getelementptr inbounds i64, ptr %25, i32 12
  %162 = load i64, ptr %161, align 4, !tbaa !1
  %163 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %162)
  %164 = load ptr, ptr %163, align 8
  %165 = getelementptr inbounds i64, ptr %26, i32 13
  %166 = load i64, ptr %165, align 4, !tbaa !1
  %167 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %166)
  %168 = load ptr, ptr %167, align 8
  %169 = load i64, ptr %12, align 4, !tbaa !1
  %170 = add i64 %169, 1
  store i64 %170, ptr %12, align 4, !tbaa !1
  %171 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %172 = getelementptr inbounds double, ptr %171, i64 %169
  %173 = load double, ptr %172, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %173, ptr null, i64 2, ptr %164, ptr %168)
  %174 = getelementptr inbounds i64, ptr %27, i32 14
  %175 = load i64, ptr %174, align 4, !tbaa !1
  %176 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %175)
  %177 = load ptr, ptr %176, align 8
  %178 = getelementptr inbounds i64, ptr %28, i32 15
  %179 = load i64, ptr %178, align 4, !tbaa !1
  %180 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %179)
  %181 = load ptr, ptr %180, align 8
  %182 = load i64, ptr %12, align 4, !tbaa !1
  %183 = add i64 %182, 1
  store i64 %183, ptr %12, align 4, !tbaa !1
  %184 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %185 = getelementptr inbounds double, ptr %184, i64 %182
  %186 = load double, ptr %185, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %186, ptr null, i64 2, ptr %177, ptr %181)
  %187 = getelementptr inbounds i64, ptr %29, i32 16
  %188 = load i64, ptr %187, align 4, !tbaa !1
  %189 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %188)
  %190 = load ptr, ptr %189, align 8
  %191 = getelementptr inbounds i64, ptr %30, i32 17
  %192 = load i64, ptr %191, align 4, !tbaa !1
  %193 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %192)
  %194 = load ptr, ptr %193, align 8
  %195 = load i64, ptr %12, align 4, !tbaa !1
  %196 = add i64 %195, 1
  store i64 %196, ptr %12, align 4, !tbaa !1
  %197 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %198 = getelementptr inbounds double, ptr %197, i64 %195
  %199 = load double, ptr %198, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %199, ptr null, i64 2, ptr %190, ptr %194)
  %200 = getelementptr inbounds i64, ptr %31, i32 18
  %201 = load i64, ptr %200, align 4, !tbaa !1
  %202 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %201)
  %203 = load ptr, ptr %202, align 8
  %204 = getelementptr inbounds i64, ptr %32, i32 19
  %205 = load i64, ptr %204, align 4, !tbaa !1
  %206 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %205)
  %207 = load ptr, ptr %206, align 8
  %208 = load i64, ptr %12, align 4, !tbaa !1
  %209 = add i64 %208, 1
  store i64 %209, ptr %12, align 4, !tbaa !1
  %210 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %211 = getelementptr inbounds double, ptr %210, i64 %208
  %212 = load double, ptr %211, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %212, ptr null, i64 2, ptr %203, ptr %207)
  %213 = getelementptr inbounds i64, ptr %33, i32 20
  %214 = load i64, ptr %213, align 4, !tbaa !1
  %215 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %214)
  %216 = load ptr, ptr %215, align 8
  %217 = getelementptr inbounds i64, ptr %34, i32 21
  %218 = load i64, ptr %217, align 4, !tbaa !1
  %219 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %218)
  %220 = load ptr, ptr %219, align 8
  %221 = load i64, ptr %12, align 4, !tbaa !1
  %222 = add i64 %221, 1
  store i64 %222, ptr %12, align 4, !tbaa !1
  %223 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %224 = getelementptr inbounds double, ptr %223, i64 %221
  %225 = load double, ptr %224, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %225, ptr null, i64 2, ptr %216, ptr %220)
  %226 = getelementptr inbounds i64, ptr %35, i32 22
  %227 = load i64, ptr %226, align 4, !tbaa !1
  %228 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %227)
  %229 = load ptr, ptr %228, align 8
  %230 = getelementptr inbounds i64, ptr %36, i32 23
  %231 = load i64, ptr %230, align 4, !tbaa !1
  %232 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %231)
  %233 = load ptr, ptr %232, align 8
  %234 = load i64, ptr %12, align 4, !tbaa !1
  %235 = add i64 %234, 1
  store i64 %235, ptr %12, align 4, !tbaa !1
  %236 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %237 = getelementptr inbounds double, ptr %236, i64 %234
  %238 = load double, ptr %237, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %238, ptr null, i64 2, ptr %229, ptr %233)
  %239 = getelementptr inbounds i64, ptr %37, i32 24
  %240 = load i64, ptr %239, align 4, !tbaa !1
  %241 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %240)
  %242 = load ptr, ptr %241, align 8
  %243 = getelementptr inbounds i64, ptr %38, i32 25
  %244 = load i64, ptr %243, align 4, !tbaa !1
  %245 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %244)
  %246 = load ptr, ptr %245, align 8
  %247 = load i64, ptr %12, align 4, !tbaa !1
  %248 = add i64 %247, 1
  store i64 %248, ptr %12, align 4, !tbaa !1
  %249 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %250 = getelementptr inbounds double, ptr %249, i64 %247
  %251 = load double, ptr %250, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %251, ptr null, i64 2, ptr %242, ptr %246)
  %252 = getelementptr inbounds i64, ptr %39, i32 26
  %253 = load i64, ptr %252, align 4, !tbaa !1
  %254 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %253)
  %255 = load ptr, ptr %254, align 8
  %256 = getelementptr inbounds i64, ptr %40, i32 27
  %257 = load i64, ptr %256, align 4, !tbaa !1
  %258 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %257)
  %259 = load ptr, ptr %258, align 8
  %260 = load i64, ptr %12, align 4, !tbaa !1
  %261 = add i64 %260, 1
  store i64 %261, ptr %12, align 4, !tbaa !1
  %262 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %263 = getelementptr inbounds double, ptr %262, i64 %260
  %264 = load double, ptr %263, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %264, ptr null, i64 2, ptr %255, ptr %259)
  %265 = getelementptr inbounds i64, ptr %41, i32 28
  %266 = load i64, ptr %265, align 4, !tbaa !1
  %267 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %266)
  %268 = load ptr, ptr %267, align 8
  %269 = getelementptr inbounds i64, ptr %42, i32 29
  %270 = load i64, ptr %269, align 4, !tbaa !1
  %271 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %270)
  %272 = load ptr, ptr %271, align 8
  %273 = load i64, ptr %12, align 4, !tbaa !1
  %274 = add i64 %273, 1
  store i64 %274, ptr %12, align 4, !tbaa !1
  %275 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %276 = getelementptr inbounds double, ptr %275, i64 %273
  %277 = load double, ptr %276, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %277, ptr null, i64 2, ptr %268, ptr %272)
  %278 = getelementptr inbounds i64, ptr %43, i32 30
  %279 = load i64, ptr %278, align 4, !tbaa !1
  %280 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %279)
  %281 = load ptr, ptr %280, align 8
  %282 = getelementptr inbounds i64, ptr %44, i32 31
  %283 = load i64, ptr %282, align 4, !tbaa !1
  %284 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %283)
  %285 = load ptr, ptr %284, align 8
  %286 = load i64, ptr %12, align 4, !tbaa !1
  %287 = add i64 %286, 1
  store i64 %287, ptr %12, align 4, !tbaa !1
  %288 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %289 = getelementptr inbounds double, ptr %288, i64 %286
  %290 = load double, ptr %289, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %290, ptr null, i64 2, ptr %281, ptr %285)
  %291 = getelementptr inbounds i64, ptr %45, i32 32
  %292 = load i64, ptr %291, align 4, !tbaa !1
  %293 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %292)
  %294 = load ptr, ptr %293, align 8
  %295 = getelementptr inbounds i64, ptr %46, i32 33
  %296 = load i64, ptr %295, align 4, !tbaa !1
  %297 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %296)
  %298 = load ptr, ptr %297, align 8
  %299 = load i64, ptr %12, align 4, !tbaa !1
  %300 = add i64 %299, 1
  store i64 %300, ptr %12, align 4, !tbaa !1
  %301 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %302 = getelementptr inbounds double, ptr %301, i64 %299
  %303 = load double, ptr %302, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %303, ptr null, i64 2, ptr %294, ptr %298)
  %304 = getelementptr inbounds i64, ptr %47, i32 34
  %305 = load i64, ptr %304, align 4, !tbaa !1
  %306 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %305)
  %307 = load ptr, ptr %306, align 8
  %308 = getelementptr inbounds i64, ptr %48, i32 35
  %309 = load i64, ptr %308, align 4, !tbaa !1
  %310 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %309)
  %311 = load ptr, ptr %310, align 8
  %312 = load i64, ptr %12, align 4, !tbaa !1
  %313 = add i64 %312, 1
  store i64 %313, ptr %12, align 4, !tbaa !1
  %314 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %315 = getelementptr inbounds double, ptr %314, i64 %312
  %316 = load double, ptr %315, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %316, ptr null, i64 2, ptr %307, ptr %311)
  %317 = getelementptr inbounds i64, ptr %49, i32 36
  %318 = load i64, ptr %317, align 4, !tbaa !1
  %319 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %318)
  %320 = load ptr, ptr %319, align 8
  %321 = getelementptr inbounds i64, ptr %50, i32 37
  %322 = load i64, ptr %321, align 4, !tbaa !1
  %323 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %322)
  %324 = load ptr, ptr %323, align 8
  %325 = load i64, ptr %12, align 4, !tbaa !1
  %326 = add i64 %325, 1
  store i64 %326, ptr %12, align 4, !tbaa !1
  %327 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %328 = getelementptr inbounds double, ptr %327, i64 %325
  %329 = load double, ptr %328, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %329, ptr null, i64 2, ptr %320, ptr %324)
  %330 = getelementptr inbounds i64, ptr %51, i32 38
  %331 = load i64, ptr %330, align 4, !tbaa !1
  %332 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %331)
  %333 = load ptr, ptr %332, align 8
  %334 = getelementptr inbounds i64, ptr %52, i32 39
  %335 = load i64, ptr %334, align 4, !tbaa !1
  %336 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %335)
  %337 = load ptr, ptr %336, align 8
  %338 = load i64, ptr %12, align 4, !tbaa !1
  %339 = add i64 %338, 1
  store i64 %339, ptr %12, align 4, !tbaa !1
  %340 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %341 = getelementptr inbounds double, ptr %340, i64 %338
  %342 = load double, ptr %341, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %342, ptr null, i64 2, ptr %333, ptr %337)
  %343 = getelementptr inbounds i64, ptr %53, i32 40
  %344 = load i64, ptr %343, align 4, !tbaa !1
  %345 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %344)
  %346 = load ptr, ptr %345, align 8
  %347 = getelementptr inbounds i64, ptr %54, i32 41
  %348 = load i64, ptr %347, align 4, !tbaa !1
  %349 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %348)
  %350 = load ptr, ptr %349, align 8
  %351 = load i64, ptr %12, align 4, !tbaa !1
  %352 = add i64 %351, 1
  store i64 %352, ptr %12, align 4, !tbaa !1
  %353 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %354 = getelementptr inbounds double, ptr %353, i64 %351
  %355 = load double, ptr %354, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %355, ptr null, i64 2, ptr %346, ptr %350)
  %356 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 13)
  %357 = load ptr, ptr %356, align 8
  %358 = load i64, ptr %12, align 4, !tbaa !1
  %359 = add i64 %358, 1
  store i64 %359, ptr %12, align 4, !tbaa !1
  %360 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %361 = getelementptr inbounds double, ptr %360, i64 %358
  %362 = load double, ptr %361, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %362, ptr %357, ptr null)
  %363 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 12)
  %364 = load ptr, ptr %363, align 8
  %365 = load i64, ptr %12, align 4, !tbaa !1
  %366 = add i64 %365, 1
  store i64 %366, ptr %12, align 4, !tbaa !1
  %367 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %368 = getelementptr inbounds double, ptr %367, i64 %365
  %369 = load double, ptr %368, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %369, ptr %364, ptr null)
  %370 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 11)
  %371 = load ptr, ptr %370, align 8
  %372 = load i64, ptr %12, align 4, !tbaa !1
  %373 = add i64 %372, 1
  store i64 %373, ptr %12, align 4, !tbaa !1
  %374 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %375 = getelementptr inbounds double, ptr %374, i64 %372
  %376 = load double, ptr %375, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %376, ptr %371, ptr null)
  %377 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 10)
  %378 = load ptr, ptr %377, align 8
  %379 = load i64, ptr %12, align 4, !tbaa !1
  %380 = add i64 %379, 1
  store i64 %380, ptr %12, align 4, !tbaa !1
  %381 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %382 = getelementptr inbounds double, ptr %381, i64 %379
  %383 = load double, ptr %382, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %383, ptr %378, ptr null)
  %384 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 9)
  %385 = load ptr, ptr %384, align 8
  %386 = load i64, ptr %12, align 4, !tbaa !1
  %387 = add i64 %386, 1
  store i64 %387, ptr %12, align 4, !tbaa !1
  %388 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %389 = getelementptr inbounds double, ptr %388, i64 %386
  %390 = load double, ptr %389, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %390, ptr %385, ptr null)
  %391 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 8)
  %392 = load ptr, ptr %391, align 8
  %393 = load i64, ptr %12, align 4, !tbaa !1
  %394 = add i64 %393, 1
  store i64 %394, ptr %12, align 4, !tbaa !1
  %395 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %396 = getelementptr inbounds double, ptr %395, i64 %393
  %397 = load double, ptr %396, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %397, ptr %392, ptr null)
  %398 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 7)
  %399 = load ptr, ptr %398, align 8
  %400 = load i64, ptr %12, align 4, !tbaa !1
  %401 = add i64 %400, 1
  store i64 %401, ptr %12, align 4, !tbaa !1
  %402 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %403 = getelementptr inbounds double, ptr %402, i64 %400
  %404 = load double, ptr %403, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %404, ptr %399, ptr null)
  %405 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 6)
  %406 = load ptr, ptr %405, align 8
  %407 = load i64, ptr %12, align 4, !tbaa !1
  %408 = add i64 %407, 1
  store i64 %408, ptr %12, align 4, !tbaa !1
  %409 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %410 = getelementptr inbounds double, ptr %409, i64 %407
  %411 = load double, ptr %410, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %411, ptr %406, ptr null)
  %412 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 5)
  %413 = load ptr, ptr %412, align 8
  %414 = load i64, ptr %12, align 4, !tbaa !1
  %415 = add i64 %414, 1
  store i64 %415, ptr %12, align 4, !tbaa !1
  %416 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %417 = getelementptr inbounds double, ptr %416, i64 %414
  %418 = load double, ptr %417, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %418, ptr %413, ptr null)
  %419 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 4)
  %420 = load ptr, ptr %419, align 8
  %421 = load i64, ptr %12, align 4, !tbaa !1
  %422 = add i64 %421, 1
  store i64 %422, ptr %12, align 4, !tbaa !1
  %423 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %424 = getelementptr inbounds double, ptr %423, i64 %421
  %425 = load double, ptr %424, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %425, ptr %420, ptr null)
  %426 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 3)
  %427 = load ptr, ptr %426, align 8
  %428 = load i64, ptr %12, align 4, !tbaa !1
  %429 = add i64 %428, 1
  store i64 %429, ptr %12, align 4, !tbaa !1
  %430 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %431 = getelementptr inbounds double, ptr %430, i64 %428
  %432 = load double, ptr %431, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %432, ptr %427, ptr null)
  %433 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 2)
  %434 = load ptr, ptr %433, align 8
  %435 = load i64, ptr %12, align 4, !tbaa !1
  %436 = add i64 %435, 1
  store i64 %436, ptr %12, align 4, !tbaa !1
  %437 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %438 = getelementptr inbounds double, ptr %437, i64 %435
  %439 = load double, ptr %438, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %439, ptr %434, ptr null)
  %440 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 1)
  %441 = load ptr, ptr %440, align 8
  %442 = load i64, ptr %12, align 4, !tbaa !1
  %443 = add i64 %442, 1
  store i64 %443, ptr %12, align 4, !tbaa !1
  %444 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %445 = getelementptr inbounds double, ptr %444, i64 %442
  %446 = load double, ptr %445, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %446, ptr %441, ptr null)
  %447 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 0)
  %448 = load ptr, ptr %447, align 8
  %449 = load i64, ptr %12, align 4, !tbaa !1
  %450 = add i64 %449, 1
  store i64 %450, ptr %12, align 4, !tbaa !1
  %451 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %452 = getelementptr inbounds double, ptr %451, i64 %449
  %453 = load double, ptr %452, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %453, ptr %448, ptr null)
  %454 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %84)
  %455 = load ptr, ptr %454, align 8
  %456 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %88)
  %457 = load ptr, ptr %456, align 8
  %458 = load i64, ptr %12, align 4, !tbaa !1
  %459 = add i64 %458, 1
  store i64 %459, ptr %12, align 4, !tbaa !1
  %460 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %461 = getelementptr inbounds double, ptr %460, i64 %458
  %462 = load double, ptr %461, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %462, ptr null, i64 2, ptr %455, ptr %457)
  %463 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %97)
  %464 = load ptr, ptr %463, align 8
  %465 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %101)
  %466 = load ptr, ptr %465, align 8
  %467 = load i64, ptr %12, align 4, !tbaa !1
  %468 = add i64 %467, 1
  store i64 %468, ptr %12, align 4, !tbaa !1
  %469 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %470 = getelementptr inbounds double, ptr %469, i64 %467
  %471 = load double, ptr %470, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %471, ptr null, i64 2, ptr %464, ptr %466)
  %472 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %110)
  %473 = load ptr, ptr %472, align 8
  %474 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %114)
  %475 = load ptr, ptr %474, align 8
  %476 = load i64, ptr %12, align 4, !tbaa !1
  %477 = add i64 %476, 1
  store i64 %477, ptr %12, align 4, !tbaa !1
  %478 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %479 = getelementptr inbounds double, ptr %478, i64 %476
  %480 = load double, ptr %479, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %480, ptr null, i64 2, ptr %473, ptr %475)
  %481 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %123)
  %482 = load ptr, ptr %481, align 8
  %483 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %127)
  %484 = load ptr, ptr %483, align 8
  %485 = load i64, ptr %12, align 4, !tbaa !1
  %486 = add i64 %485, 1
  store i64 %486, ptr %12, align 4, !tbaa !1
  %487 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %488 = getelementptr inbounds double, ptr %487, i64 %485
  %489 = load double, ptr %488, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %489, ptr null, i64 2, ptr %482, ptr %484)
  %490 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %136)
  %491 = load ptr, ptr %490, align 8
  %492 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %140)
  %493 = load ptr, ptr %492, align 8
  %494 = load i64, ptr %12, align 4, !tbaa !1
  %495 = add i64 %494, 1
  store i64 %495, ptr %12, align 4, !tbaa !1
  %496 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %497 = getelementptr inbounds double, ptr %496, i64 %494
  %498 = load double, ptr %497, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %498, ptr null, i64 2, ptr %491, ptr %493)
  %499 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %149)
  %500 = load ptr, ptr %499, align 8
  %501 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %153)
  %502 = load ptr, ptr %501, align 8
  %503 = load i64, ptr %12, align 4, !tbaa !1
  %504 = add i64 %503, 1
  store i64 %504, ptr %12, align 4, !tbaa !1
  %505 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %506 = getelementptr inbounds double, ptr %505, i64 %503
  %507 = load double, ptr %506, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %507, ptr null, i64 2, ptr %500, ptr %502)
  %508 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %162)
  %509 = load ptr, ptr %508, align 8
  %510 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %166)
  %511 = load ptr, ptr %510, align 8
  %512 = load i64, ptr %12, align 4, !tbaa !1
  %513 = add i64 %512, 1
  store i64 %513, ptr %12, align 4, !tbaa !1
  %514 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %515 = getelementptr inbounds double, ptr %514, i64 %512
  %516 = load double, ptr %515, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %516, ptr null, i64 2, ptr %509, ptr %511)
  %517 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %175)
  %518 = load ptr, ptr %517, align 8
  %519 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %179)
  %520 = load ptr, ptr %519, align 8
  %521 = load i64, ptr %12, align 4, !tbaa !1
  %522 = add i64 %521, 1
  store i64 %522, ptr %12, align 4, !tbaa !1
  %523 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %524 = getelementptr inbounds double, ptr %523, i64 %521
  %525 = load double, ptr %524, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %525, ptr null, i64 2, ptr %518, ptr %520)
  %526 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %188)
  %527 = load ptr, ptr %526, align 8
  %528 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %192)
  %529 = load ptr, ptr %528, align 8
  %530 = load i64, ptr %12, align 4, !tbaa !1
  %531 = add i64 %530, 1
  store i64 %531, ptr %12, align 4, !tbaa !1
  %532 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %533 = getelementptr inbounds double, ptr %532, i64 %530
  %534 = load double, ptr %533, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %534, ptr null, i64 2, ptr %527, ptr %529)
  %535 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %201)
  %536 = load ptr, ptr %535, align 8
  %537 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %205)
  %538 = load ptr, ptr %537, align 8
  %539 = load i64, ptr %12, align 4, !tbaa !1
  %540 = add i64 %539, 1
  store i64 %540, ptr %12, align 4, !tbaa !1
  %541 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %542 = getelementptr inbounds double, ptr %541, i64 %539
  %543 = load double, ptr %542, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %543, ptr null, i64 2, ptr %536, ptr %538)
  %544 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %214)
  %545 = load ptr, ptr %544, align 8
  %546 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %218)
  %547 = load ptr, ptr %546, align 8
  %548 = load i64, ptr %12, align 4, !tbaa !1
  %549 = add i64 %548, 1
  store i64 %549, ptr %12, align 4, !tbaa !1
  %550 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %551 = getelementptr inbounds double, ptr %550, i64 %548
  %552 = load double, ptr %551, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %552, ptr null, i64 2, ptr %545, ptr %547)
  %553 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %227)
  %554 = load ptr, ptr %553, align 8
  %555 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %231)
  %556 = load ptr, ptr %555, align 8
  %557 = load i64, ptr %12, align 4, !tbaa !1
  %558 = add i64 %557, 1
  store i64 %558, ptr %12, align 4, !tbaa !1
  %559 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %560 = getelementptr inbounds double, ptr %559, i64 %557
  %561 = load double, ptr %560, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %561, ptr null, i64 2, ptr %554, ptr %556)
  %562 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %240)
  %563 = load ptr, ptr %562, align 8
  %564 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %244)
  %565 = load ptr, ptr %564, align 8
  %566 = load i64, ptr %12, align 4, !tbaa !1
  %567 = add i64 %566, 1
  store i64 %567, ptr %12, align 4, !tbaa !1
  %568 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %569 = getelementptr inbounds double, ptr %568, i64 %566
  %570 = load double, ptr %569, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %570, ptr null, i64 2, ptr %563, ptr %565)
  %571 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %253)
  %572 = load ptr, ptr %571, align 8
  %573 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %257)
  %574 = load ptr, ptr %573, align 8
  %575 = load i64, ptr %12, align 4, !tbaa !1
  %576 = add i64 %575, 1
  store i64 %576, ptr %12, align 4, !tbaa !1
  %577 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %578 = getelementptr inbounds double, ptr %577, i64 %575
  %579 = load double, ptr %578, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %579, ptr null, i64 2, ptr %572, ptr %574)
  %580 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %266)
  %581 = load ptr, ptr %580, align 8
  %582 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %270)
  %583 = load ptr, ptr %582, align 8
  %584 = load i64, ptr %12, align 4, !tbaa !1
  %585 = add i64 %584, 1
  store i64 %585, ptr %12, align 4, !tbaa !1
  %586 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %587 = getelementptr inbounds double, ptr %586, i64 %584
  %588 = load double, ptr %587, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %588, ptr null, i64 2, ptr %581, ptr %583)
  %589 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %279)
  %590 = load ptr, ptr %589, align 8
  %591 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %283)
  %592 = load ptr, ptr %591, align 8
  %593 = load i64, ptr %12, align 4, !tbaa !1
  %594 = add i64 %593, 1
  store i64 %594, ptr %12, align 4, !tbaa !1
  %595 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %596 = getelementptr inbounds double, ptr %595, i64 %593
  %597 = load double, ptr %596, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %597, ptr null, i64 2, ptr %590, ptr %592)
  %598 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %292)
  %599 = load ptr, ptr %598, align 8
  %600 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %296)
  %601 = load ptr, ptr %600, align 8
  %602 = load i64, ptr %12, align 4, !tbaa !1
  %603 = add i64 %602, 1
  store i64 %603, ptr %12, align 4, !tbaa !1
  %604 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %605 = getelementptr inbounds double, ptr %604, i64 %602
  %606 = load double, ptr %605, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %606, ptr null, i64 2, ptr %599, ptr %601)
  %607 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %305)
  %608 = load ptr, ptr %607, align 8
  %609 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %309)
  %610 = load ptr, ptr %609, align 8
  %611 = load i64, ptr %12, align 4, !tbaa !1
  %612 = add i64 %611, 1
  store i64 %612, ptr %12, align 4, !tbaa !1
  %613 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %614 = getelementptr inbounds double, ptr %613, i64 %611
  %615 = load double, ptr %614, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %615, ptr null, i64 2, ptr %608, ptr %610)
  %616 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %318)
  %617 = load ptr, ptr %616, align 8
  %618 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %322)
  %619 = load ptr, ptr %618, align 8
  %620 = load i64, ptr %12, align 4, !tbaa !1
  %621 = add i64 %620, 1
  store i64 %621, ptr %12, align 4, !tbaa !1
  %622 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %623 = getelementptr inbounds double, ptr %622, i64 %620
  %624 = load double, ptr %623, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %624, ptr null, i64 2, ptr %617, ptr %619)
  %625 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %331)
  %626 = load ptr, ptr %625, align 8
  %627 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %335)
  %628 = load ptr, ptr %627, align 8
  %629 = load i64, ptr %12, align 4, !tbaa !1
  %630 = add i64 %629, 1
  store i64 %630, ptr %12, align 4, !tbaa !1
  %631 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %632 = getelementptr inbounds double, ptr %631, i64 %629
  %633 = load double, ptr %632, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %633, ptr null, i64 2, ptr %626, ptr %628)
  %634 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %344)
  %635 = load ptr, ptr %634, align 8
  %636 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %348)
  %637 = load ptr, ptr %636, align 8
  %638 = load i64, ptr %12, align 4, !tbaa !1
  %639 = add i64 %638, 1
  store i64 %639, ptr %12, align 4, !tbaa !1
  %640 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %641 = getelementptr inbounds double, ptr %640, i64 %638
  %642 = load double, ptr %641, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %642, ptr null, i64 2, ptr %635, ptr %637)
  %643 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 13)
  %644 = load ptr, ptr %643, align 8
  %645 = load i64, ptr %12, align 4, !tbaa !1
  %646 = add i64 %645, 1
  store i64 %646, ptr %12, align 4, !tbaa !1
  %647 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %648 = getelementptr inbounds double, ptr %647, i64 %645
  %649 = load double, ptr %648, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %649, ptr %644, ptr null)
  %650 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 12)
  %651 = load ptr, ptr %650, align 8
  %652 = load i64, ptr %12, align 4, !tbaa !1
  %653 = add i64 %652, 1
  store i64 %653, ptr %12, align 4, !tbaa !1
  %654 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %655 = getelementptr inbounds double, ptr %654, i64 %652
  %656 = load double, ptr %655, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %656, ptr %651, ptr null)
  %657 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 11)
  %658 = load ptr, ptr %657, align 8
  %659 = load i64, ptr %12, align 4, !tbaa !1
  %660 = add i64 %659, 1
  store i64 %660, ptr %12, align 4, !tbaa !1
  %661 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %662 = getelementptr inbounds double, ptr %661, i64 %659
  %663 = load double, ptr %662, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %663, ptr %658, ptr null)
  %664 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 10)
  %665 = load ptr, ptr %664, align 8
  %666 = load i64, ptr %12, align 4, !tbaa !1
  %667 = add i64 %666, 1
  store i64 %667, ptr %12, align 4, !tbaa !1
  %668 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %669 = getelementptr inbounds double, ptr %668, i64 %666
  %670 = load double, ptr %669, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %670, ptr %665, ptr null)
  %671 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 9)
  %672 = load ptr, ptr %671, align 8
  %673 = load i64, ptr %12, align 4, !tbaa !1
  %674 = add i64 %673, 1
  store i64 %674, ptr %12, align 4, !tbaa !1
  %675 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %676 = getelementptr inbounds double, ptr %675, i64 %673
  %677 = load double, ptr %676, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %677, ptr %672, ptr null)
  %678 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 8)
  %679 = load ptr, ptr %678, align 8
  %680 = load i64, ptr %12, align 4, !tbaa !1
  %681 = add i64 %680, 1
  store i64 %681, ptr %12, align 4, !tbaa !1
  %682 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %683 = getelementptr inbounds double, ptr %682, i64 %680
  %684 = load double, ptr %683, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %684, ptr %679, ptr null)
  %685 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 7)
  %686 = load ptr, ptr %685, align 8
  %687 = load i64, ptr %12, align 4, !tbaa !1
  %688 = add i64 %687, 1
  store i64 %688, ptr %12, align 4, !tbaa !1
  %689 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %690 = getelementptr inbounds double, ptr %689, i64 %687
  %691 = load double, ptr %690, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %691, ptr %686, ptr null)
  %692 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 6)
  %693 = load ptr, ptr %692, align 8
  %694 = load i64, ptr %12, align 4, !tbaa !1
  %695 = add i64 %694, 1
  store i64 %695, ptr %12, align 4, !tbaa !1
  %696 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %697 = getelementptr inbounds double, ptr %696, i64 %694
  %698 = load double, ptr %697, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %698, ptr %693, ptr null)
  %699 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 5)
  %700 = load ptr, ptr %699, align 8
  %701 = load i64, ptr %12, align 4, !tbaa !1
  %702 = add i64 %701, 1
  store i64 %702, ptr %12, align 4, !tbaa !1
  %703 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %704 = getelementptr inbounds double, ptr %703, i64 %701
  %705 = load double, ptr %704, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %705, ptr %700, ptr null)
  %706 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 4)
  %707 = load ptr, ptr %706, align 8
  %708 = load i64, ptr %12, align 4, !tbaa !1
  %709 = add i64 %708, 1
  store i64 %709, ptr %12, align 4, !tbaa !1
  %710 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %711 = getelementptr inbounds double, ptr %710, i64 %708
  %712 = load double, ptr %711, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %712, ptr %707, ptr null)
  %713 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 3)
  %714 = load ptr, ptr %713, align 8
  %715 = load i64, ptr %12, align 4, !tbaa !1
  %716 = add i64 %715, 1
  store i64 %716, ptr %12, align 4, !tbaa !1
  %717 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %718 = getelementptr inbounds double, ptr %717, i64 %715
  %719 = load double, ptr %718, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %719, ptr %714, ptr null)
  %720 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 2)
  %721 = load ptr, ptr %720, align 8
  %722 = load i64, ptr %12, align 4, !tbaa !1
  %723 = add i64 %722, 1
  store i64 %723, ptr %12, align 4, !tbaa !1
  %724 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %725 = getelementptr inbounds double, ptr %724, i64 %722
  %726 = load double, ptr %725, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %726, ptr %721, ptr null)
  %727 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 1)
  %728 = load ptr, ptr %727, align 8
  %729 = load i64, ptr %12, align 4, !tbaa !1
  %730 = add i64 %729, 1
  store i64 %730, ptr %12, align 4, !tbaa !1
  %731 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %732 = getelementptr inbounds double, ptr %731, i64 %729
  %733 = load double, ptr %732, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %733, ptr %728, ptr null)
  %734 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 0)
  %735 = load ptr, ptr %734, align 8
  %736 = load i64, ptr %12, align 4, !tbaa !1
  %737 = add i64 %736, 1
  store i64 %737, ptr %12, align 4, !tbaa !1
  %738 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %739 = getelementptr inbounds double, ptr %738, i64 %736
  %740 = load double, ptr %739, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %740, ptr %735, ptr null)
  %741 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %84)
  %742 = load ptr, ptr %741, align 8
  %743 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %88)
  %744 = load ptr, ptr %743, align 8
  %745 = load i64, ptr %12, align 4, !tbaa !1
  %746 = add i64 %745, 1
  store i64 %746, ptr %12, align 4, !tbaa !1
  %747 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %748 = getelementptr inbounds double, ptr %747, i64 %745
  %749 = load double, ptr %748, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %749, ptr null, i64 2, ptr %742, ptr %744)
  %750 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %97)
  %751 = load ptr, ptr %750, align 8
  %752 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %101)
  %753 = load ptr, ptr %752, align 8
  %754 = load i64, ptr %12, align 4, !tbaa !1
  %755 = add i64 %754, 1
  store i64 %755, ptr %12, align 4, !tbaa !1
  %756 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %757 = getelementptr inbounds double, ptr %756, i64 %754
  %758 = load double, ptr %757, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %758, ptr null, i64 2, ptr %751, ptr %753)
  %759 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %110)
  %760 = load ptr, ptr %759, align 8
  %761 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %114)
  %762 = load ptr, ptr %761, align 8
  %763 = load i64, ptr %12, align 4, !tbaa !1
  %764 = add i64 %763, 1
  store i64 %764, ptr %12, align 4, !tbaa !1
  %765 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %766 = getelementptr inbounds double, ptr %765, i64 %763
  %767 = load double, ptr %766, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %767, ptr null, i64 2, ptr %760, ptr %762)
  %768 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %123)
  %769 = load ptr, ptr %768, align 8
  %770 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %127)
  %771 = load ptr, ptr %770, align 8
  %772 = load i64, ptr %12, align 4, !tbaa !1
  %773 = add i64 %772, 1
  store i64 %773, ptr %12, align 4, !tbaa !1
  %774 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %775 = getelementptr inbounds double, ptr %774, i64 %772
  %776 = load double, ptr %775, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %776, ptr null, i64 2, ptr %769, ptr %771)
  %777 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %136)
  %778 = load ptr, ptr %777, align 8
  %779 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %140)
  %780 = load ptr, ptr %779, align 8
  %781 = load i64, ptr %12, align 4, !tbaa !1
  %782 = add i64 %781, 1
  store i64 %782, ptr %12, align 4, !tbaa !1
  %783 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %784 = getelementptr inbounds double, ptr %783, i64 %781
  %785 = load double, ptr %784, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %785, ptr null, i64 2, ptr %778, ptr %780)
  %786 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %149)
  %787 = load ptr, ptr %786, align 8
  %788 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %153)
  %789 = load ptr, ptr %788, align 8
  %790 = load i64, ptr %12, align 4, !tbaa !1
  %791 = add i64 %790, 1
  store i64 %791, ptr %12, align 4, !tbaa !1
  %792 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %793 = getelementptr inbounds double, ptr %792, i64 %790
  %794 = load double, ptr %793, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %794, ptr null, i64 2, ptr %787, ptr %789)
  %795 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %162)
  %796 = load ptr, ptr %795, align 8
  %797 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %166)
  %798 = load ptr, ptr %797, align 8
  %799 = load i64, ptr %12, align 4, !tbaa !1
  %800 = add i64 %799, 1
  store i64 %800, ptr %12, align 4, !tbaa !1
  %801 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %802 = getelementptr inbounds double, ptr %801, i64 %799
  %803 = load double, ptr %802, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %803, ptr null, i64 2, ptr %796, ptr %798)
  %804 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %175)
  %805 = load ptr, ptr %804, align 8
  %806 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %179)
  %807 = load ptr, ptr %806, align 8
  %808 = load i64, ptr %12, align 4, !tbaa !1
  %809 = add i64 %808, 1
  store i64 %809, ptr %12, align 4, !tbaa !1
  %810 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %811 = getelementptr inbounds double, ptr %810, i64 %808
  %812 = load double, ptr %811, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %812, ptr null, i64 2, ptr %805, ptr %807)
  %813 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %188)
  %814 = load ptr, ptr %813, align 8
  %815 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %192)
  %816 = load ptr, ptr %815, align 8
  %817 = load i64, ptr %12, align 4, !tbaa !1
  %818 = add i64 %817, 1
  store i64 %818, ptr %12, align 4, !tbaa !1
  %819 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %820 = getelementptr inbounds double, ptr %819, i64 %817
  %821 = load double, ptr %820, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %821, ptr null, i64 2, ptr %814, ptr %816)
  %822 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %201)
  %823 = load ptr, ptr %822, align 8
  %824 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %205)
  %825 = load ptr, ptr %824, align 8
  %826 = load i64, ptr %12, align 4, !tbaa !1
  %827 = add i64 %826, 1
  store i64 %827, ptr %12, align 4, !tbaa !1
  %828 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %829 = getelementptr inbounds double, ptr %828, i64 %826
  %830 = load double, ptr %829, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %830, ptr null, i64 2, ptr %823, ptr %825)
  %831 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %214)
  %832 = load ptr, ptr %831, align 8
  %833 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %218)
  %834 = load ptr, ptr %833, align 8
  %835 = load i64, ptr %12, align 4, !tbaa !1
  %836 = add i64 %835, 1
  store i64 %836, ptr %12, align 4, !tbaa !1
  %837 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %838 = getelementptr inbounds double, ptr %837, i64 %835
  %839 = load double, ptr %838, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %839, ptr null, i64 2, ptr %832, ptr %834)
  %840 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %227)
  %841 = load ptr, ptr %840, align 8
  %842 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %231)
  %843 = load ptr, ptr %842, align 8
  %844 = load i64, ptr %12, align 4, !tbaa !1
  %845 = add i64 %844, 1
  store i64 %845, ptr %12, align 4, !tbaa !1
  %846 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %847 = getelementptr inbounds double, ptr %846, i64 %844
  %848 = load double, ptr %847, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %848, ptr null, i64 2, ptr %841, ptr %843)
  %849 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %240)
  %850 = load ptr, ptr %849, align 8
  %851 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %244)
  %852 = load ptr, ptr %851, align 8
  %853 = load i64, ptr %12, align 4, !tbaa !1
  %854 = add i64 %853, 1
  store i64 %854, ptr %12, align 4, !tbaa !1
  %855 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %856 = getelementptr inbounds double, ptr %855, i64 %853
  %857 = load double, ptr %856, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %857, ptr null, i64 2, ptr %850, ptr %852)
  %858 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %253)
  %859 = load ptr, ptr %858, align 8
  %860 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %257)
  %861 = load ptr, ptr %860, align 8
  %862 = load i64, ptr %12, align 4, !tbaa !1
  %863 = add i64 %862, 1
  store i64 %863, ptr %12, align 4, !tbaa !1
  %864 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %865 = getelementptr inbounds double, ptr %864, i64 %862
  %866 = load double, ptr %865, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %866, ptr null, i64 2, ptr %859, ptr %861)
  %867 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %266)
  %868 = load ptr, ptr %867, align 8
  %869 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %270)
  %870 = load ptr, ptr %869, align 8
  %871 = load i64, ptr %12, align 4, !tbaa !1
  %872 = add i64 %871, 1
  store i64 %872, ptr %12, align 4, !tbaa !1
  %873 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %874 = getelementptr inbounds double, ptr %873, i64 %871
  %875 = load double, ptr %874, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %875, ptr null, i64 2, ptr %868, ptr %870)
  %876 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %279)
  %877 = load ptr, ptr %876, align 8
  %878 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %283)
  %879 = load ptr, ptr %878, align 8
  %880 = load i64, ptr %12, align 4, !tbaa !1
  %881 = add i64 %880, 1
  store i64 %881, ptr %12, align 4, !tbaa !1
  %882 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %883 = getelementptr inbounds double, ptr %882, i64 %880
  %884 = load double, ptr %883, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %884, ptr null, i64 2, ptr %877, ptr %879)
  %885 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %292)
  %886 = load ptr, ptr %885, align 8
  %887 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %296)
  %888 = load ptr, ptr %887, align 8
  %889 = load i64, ptr %12, align 4, !tbaa !1
  %890 = add i64 %889, 1
  store i64 %890, ptr %12, align 4, !tbaa !1
  %891 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %892 = getelementptr inbounds double, ptr %891, i64 %889
  %893 = load double, ptr %892, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %893, ptr null, i64 2, ptr %886, ptr %888)
  %894 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %305)
  %895 = load ptr, ptr %894, align 8
  %896 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %309)
  %897 = load ptr, ptr %896, align 8
  %898 = load i64, ptr %12, align 4, !tbaa !1
  %899 = add i64 %898, 1
  store i64 %899, ptr %12, align 4, !tbaa !1
  %900 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %901 = getelementptr inbounds double, ptr %900, i64 %898
  %902 = load double, ptr %901, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %902, ptr null, i64 2, ptr %895, ptr %897)
  %903 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %318)
  %904 = load ptr, ptr %903, align 8
  %905 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %322)
  %906 = load ptr, ptr %905, align 8
  %907 = load i64, ptr %12, align 4, !tbaa !1
  %908 = add i64 %907, 1
  store i64 %908, ptr %12, align 4, !tbaa !1
  %909 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %910 = getelementptr inbounds double, ptr %909, i64 %907
  %911 = load double, ptr %910, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %911, ptr null, i64 2, ptr %904, ptr %906)
  %912 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %331)
  %913 = load ptr, ptr %912, align 8
  %914 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %335)
  %915 = load ptr, ptr %914, align 8
  %916 = load i64, ptr %12, align 4, !tbaa !1
  %917 = add i64 %916, 1
  store i64 %917, ptr %12, align 4, !tbaa !1
  %918 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %919 = getelementptr inbounds double, ptr %918, i64 %916
  %920 = load double, ptr %919, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %920, ptr null, i64 2, ptr %913, ptr %915)
  %921 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %344)
  %922 = load ptr, ptr %921, align 8
  %923 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %348)
  %924 = load ptr, ptr %923, align 8
  %925 = load i64, ptr %12, align 4, !tbaa !1
  %926 = add i64 %925, 1
  store i64 %926, ptr %12, align 4, !tbaa !1
  %927 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %928 = getelementptr inbounds double, ptr %927, i64 %925
  %929 = load double, ptr %928, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %929, ptr null, i64 2, ptr %922, ptr %924)
  %930 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 0)
  %931 = load ptr, ptr %930, align 8
  %932 = load i64, ptr %12, align 4, !tbaa !1
  %933 = add i64 %932, 1
  store i64 %933, ptr %12, align 4, !tbaa !1
  %934 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %935 = getelementptr inbounds double, ptr %934, i64 %932
  %936 = load double, ptr %935, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %936, ptr %931, ptr null)
  %937 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 1)
  %938 = load ptr, ptr %937, align 8
  %939 = load i64, ptr %12, align 4, !tbaa !1
  %940 = add i64 %939, 1
  store i64 %940, ptr %12, align 4, !tbaa !1
  %941 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %942 = getelementptr inbounds double, ptr %941, i64 %939
  %943 = load double, ptr %942, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %943, ptr %938, ptr null)
  %944 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 2)
  %945 = load ptr, ptr %944, align 8
  %946 = load i64, ptr %12, align 4, !tbaa !1
  %947 = add i64 %946, 1
  store i64 %947, ptr %12, align 4, !tbaa !1
  %948 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %949 = getelementptr inbounds double, ptr %948, i64 %946
  %950 = load double, ptr %949, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %950, ptr %945, ptr null)
  %951 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 3)
  %952 = load ptr, ptr %951, align 8
  %953 = load i64, ptr %12, align 4, !tbaa !1
  %954 = add i64 %953, 1
  store i64 %954, ptr %12, align 4, !tbaa !1
  %955 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %956 = getelementptr inbounds double, ptr %955, i64 %953
  %957 = load double, ptr %956, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %957, ptr %952, ptr null)
  %958 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 4)
  %959 = load ptr, ptr %958, align 8
  %960 = load i64, ptr %12, align 4, !tbaa !1
  %961 = add i64 %960, 1
  store i64 %961, ptr %12, align 4, !tbaa !1
  %962 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %963 = getelementptr inbounds double, ptr %962, i64 %960
  %964 = load double, ptr %963, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %964, ptr %959, ptr null)
  %965 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 5)
  %966 = load ptr, ptr %965, align 8
  %967 = load i64, ptr %12, align 4, !tbaa !1
  %968 = add i64 %967, 1
  store i64 %968, ptr %12, align 4, !tbaa !1
  %969 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %970 = getelementptr inbounds double, ptr %969, i64 %967
  %971 = load double, ptr %970, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %971, ptr %966, ptr null)
  %972 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 6)
  %973 = load ptr, ptr %972, align 8
  %974 = load i64, ptr %12, align 4, !tbaa !1
  %975 = add i64 %974, 1
  store i64 %975, ptr %12, align 4, !tbaa !1
  %976 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %977 = getelementptr inbounds double, ptr %976, i64 %974
  %978 = load double, ptr %977, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %978, ptr %973, ptr null)
  %979 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 7)
  %980 = load ptr, ptr %979, align 8
  %981 = load i64, ptr %12, align 4, !tbaa !1
  %982 = add i64 %981, 1
  store i64 %982, ptr %12, align 4, !tbaa !1
  %983 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %984 = getelementptr inbounds double, ptr %983, i64 %981
  %985 = load double, ptr %984, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %985, ptr %980, ptr null)
  %986 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 8)
  %987 = load ptr, ptr %986, align 8
  %988 = load i64, ptr %12, align 4, !tbaa !1
  %989 = add i64 %988, 1
  store i64 %989, ptr %12, align 4, !tbaa !1
  %990 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %991 = getelementptr inbounds double, ptr %990, i64 %988
  %992 = load double, ptr %991, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %992, ptr %987, ptr null)
  %993 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 9)
  %994 = load ptr, ptr %993, align 8
  %995 = load i64, ptr %12, align 4, !tbaa !1
  %996 = add i64 %995, 1
  store i64 %996, ptr %12, align 4, !tbaa !1
  %997 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %998 = getelementptr inbounds double, ptr %997, i64 %995
  %999 = load double, ptr %998, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %999, ptr %994, ptr null)
  %1000 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 10)
  %1001 = load ptr, ptr %1000, align 8
  %1002 = load i64, ptr %12, align 4, !tbaa !1
  %1003 = add i64 %1002, 1
  store i64 %1003, ptr %12, align 4, !tbaa !1
  %1004 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %1005 = getelementptr inbounds double, ptr %1004, i64 %1002
  %1006 = load double, ptr %1005, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %1006, ptr %1001, ptr null)
  %1007 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 11)
  %1008 = load ptr, ptr %1007, align 8
  %1009 = load i64, ptr %12, align 4, !tbaa !1
  %1010 = add i64 %1009, 1
  store i64 %1010, ptr %12, align 4, !tbaa !1
  %1011 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %1012 = getelementptr inbounds double, ptr %1011, i64 %1009
  %1013 = load double, ptr %1012, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %1013, ptr %1008, ptr null)
  %1014 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 12)
  %1015 = load ptr, ptr %1014, align 8
  %1016 = load i64, ptr %12, align 4, !tbaa !1
  %1017 = add i64 %1016, 1
  store i64 %1017, ptr %12, align 4, !tbaa !1
  %1018 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %1019 = getelementptr inbounds double, ptr %1018, i64 %1016
  %1020 = load double, ptr %1019, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %1020, ptr %1015, ptr null)
  %1021 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 13)
  %1022 = load ptr, ptr %1021, align 8
  %1023 = load i64, ptr %12, align 4, !tbaa !1
  %1024 = add i64 %1023, 1
  store i64 %1024, ptr %12, align 4, !tbaa !1
  %1025 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %1026 = getelementptr inbounds double, ptr %1025, i64 %1023
  %1027 = load double, ptr %1026, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %1027, ptr %1022, ptr null)
  %1028 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %84)
  %1029 = load ptr, ptr %1028, align 8
  %1030 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1029)
  %1031 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %88)
  %1032 = load ptr, ptr %1031, align 8
  %1033 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1032)
  %1034 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1030, i64 %1033)
  %1035 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %97)
  %1036 = load ptr, ptr %1035, align 8
  %1037 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1036)
  %1038 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %101)
  %1039 = load ptr, ptr %1038, align 8
  %1040 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1039)
  %1041 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1037, i64 %1040)
  %1042 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %110)
  %1043 = load ptr, ptr %1042, align 8
  %1044 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1043)
  %1045 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %114)
  %1046 = load ptr, ptr %1045, align 8
  %1047 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1046)
  %1048 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1044, i64 %1047)
  %1049 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %123)
  %1050 = load ptr, ptr %1049, align 8
  %1051 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1050)
  %1052 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %127)
  %1053 = load ptr, ptr %1052, align 8
  %1054 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1053)
  %1055 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1051, i64 %1054)
  %1056 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %136)
  %1057 = load ptr, ptr %1056, align 8
  %1058 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1057)
  %1059 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %140)
  %1060 = load ptr, ptr %1059, align 8
  %1061 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1060)
  %1062 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1058, i64 %1061)
  %1063 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %149)
  %1064 = load ptr, ptr %1063, align 8
  %1065 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1064)
  %1066 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %153)
  %1067 = load ptr, ptr %1066, align 8
  %1068 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1067)
  %1069 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1065, i64 %1068)
  %1070 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %162)
  %1071 = load ptr, ptr %1070, align 8
  %1072 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1071)
  %1073 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %166)
  %1074 = load ptr, ptr %1073, align 8
  %1075 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1074)
  %1076 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1072, i64 %1075)
  %1077 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %175)
  %1078 = load ptr, ptr %1077, align 8
  %1079 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1078)
  %1080 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %179)
  %1081 = load ptr, ptr %1080, align 8
  %1082 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1081)
  %1083 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1079, i64 %1082)
  %1084 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %188)
  %1085 = load ptr, ptr %1084, align 8
  %1086 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1085)
  %1087 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %192)
  %1088 = load ptr, ptr %1087, align 8
  %1089 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1088)
  %1090 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1086, i64 %1089)
  %1091 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %201)
  %1092 = load ptr, ptr %1091, align 8
  %1093 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1092)
  %1094 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %205)
  %1095 = load ptr, ptr %1094, align 8
  %1096 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1095)
  %1097 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1093, i64 %1096)
  %1098 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %214)
  %1099 = load ptr, ptr %1098, align 8
  %1100 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1099)
  %1101 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %218)
  %1102 = load ptr, ptr %1101, align 8
  %1103 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1102)
  %1104 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1100, i64 %1103)
  %1105 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %227)
  %1106 = load ptr, ptr %1105, align 8
  %1107 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1106)
  %1108 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %231)
  %1109 = load ptr, ptr %1108, align 8
  %1110 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1109)
  %1111 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1107, i64 %1110)
  %1112 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %240)
  %1113 = load ptr, ptr %1112, align 8
  %1114 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1113)
  %1115 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %244)
  %1116 = load ptr, ptr %1115, align 8
  %1117 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1116)
  %1118 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1114, i64 %1117)
  %1119 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %253)
  %1120 = load ptr, ptr %1119, align 8
  %1121 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1120)
  %1122 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %257)
  %1123 = load ptr, ptr %1122, align 8
  %1124 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1123)
  %1125 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1121, i64 %1124)
  %1126 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %266)
  %1127 = load ptr, ptr %1126, align 8
  %1128 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1127)
  %1129 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %270)
  %1130 = load ptr, ptr %1129, align 8
  %1131 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1130)
  %1132 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1128, i64 %1131)
  %1133 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %279)
  %1134 = load ptr, ptr %1133, align 8
  %1135 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1134)
  %1136 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %283)
  %1137 = load ptr, ptr %1136, align 8
  %1138 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1137)
  %1139 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1135, i64 %1138)
  %1140 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %292)
  %1141 = load ptr, ptr %1140, align 8
  %1142 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1141)
  %1143 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %296)
  %1144 = load ptr, ptr %1143, align 8
  %1145 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1144)
  %1146 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1142, i64 %1145)
  %1147 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %305)
  %1148 = load ptr, ptr %1147, align 8
  %1149 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1148)
  %1150 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %309)
  %1151 = load ptr, ptr %1150, align 8
  %1152 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1151)
  %1153 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1149, i64 %1152)
  %1154 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %318)
  %1155 = load ptr, ptr %1154, align 8
  %1156 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1155)
  %1157 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %322)
  %1158 = load ptr, ptr %1157, align 8
  %1159 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1158)
  %1160 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1156, i64 %1159)
  %1161 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %331)
  %1162 = load ptr, ptr %1161, align 8
  %1163 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1162)
  %1164 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %335)
  %1165 = load ptr, ptr %1164, align 8
  %1166 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1165)
  %1167 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1163, i64 %1166)
  %1168 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %344)
  %1169 = load ptr, ptr %1168, align 8
  %1170 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1169)
  %1171 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %55, i64 %348)
  %1172 = load ptr, ptr %1171, align 8
  %1173 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %1172)
  %1174 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %1170, i64 %1173)
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %8, ptr %6, align 8
  %1175 = call i64 (ptr, i64, ...) @__catalyst__qis__HamiltonianObs(ptr %6, i64 21, i64 %1034, i64 %1041, i64 %1048, i64 %1055, i64 %1062, i64 %1069, i64 %1076, i64 %1083, i64 %1090, i64 %1097, i64 %1104, i64 %1111, i64 %1118, i64 %1125, i64 %1132, i64 %1139, i64 %1146, i64 %1153, i64 %1160, i64 %1167, i64 %1174)
  %1176 = call double @__catalyst__qis__Expval(i64 %1175)
  %1177 = call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %1178 = ptrtoint ptr %1177 to i64
  %1179 = add i64 %1178, 63
  %1180 = urem i64 %1179, 64
  %1181 = sub i64 %1179, %1180
  %1182 = inttoptr i64 %1181 to ptr
  store double %1176, ptr %1182, align 8, !tbaa !4
  call void @__catalyst__rt__qubit_release_array(ptr %55)
  call void @__catalyst__rt__device_release()
  %1183 = load double, ptr %1182, align 8, !tbaa !4
  %1184 = extractvalue { ptr, ptr, i64 } %11, 1
  store double %1183, ptr %1184, align 8, !tbaa !4
  ret void
}

define ptr @energy_0.quantum.augfwd(ptr %0, ptr %1, ptr %2, ptr %3, ptr %4, ptr %5, ptr %6, ptr %7, ptr %8, ptr %9) {
  call void @energy_0.quantum(ptr %0, ptr %2, ptr %4, ptr %6, ptr %8)
  ret ptr null
}

define void @energy_0.preprocess(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, i64 %19, ptr %20, ptr %21, i64 %22) {
  %24 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %12, 0
  %25 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %24, ptr %13, 1
  %26 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %25, i64 %14, 2
  %27 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %26, i64 %15, 3, 0
  %28 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %27, i64 %17, 4, 0
  %29 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %28, i64 %16, 3, 1
  %30 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %29, i64 %18, 4, 1
  %31 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } poison, ptr %7, 0
  %32 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %31, ptr %8, 1
  %33 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %32, i64 %9, 2
  %34 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %33, i64 %10, 3, 0
  %35 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %34, i64 %11, 4, 0
  %36 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %0, 0
  %37 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %36, ptr %1, 1
  %38 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %37, i64 %2, 2
  %39 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %38, i64 %3, 3, 0
  %40 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %39, i64 %5, 4, 0
  %41 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %40, i64 %4, 3, 1
  %42 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %41, i64 %6, 4, 1
  %43 = alloca { ptr, ptr, i64 }, i64 1, align 8
  %44 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, i64 1, align 8
  %45 = alloca { ptr, ptr, i64, [2 x i64], [2 x i64] }, i64 1, align 8
  %46 = alloca { ptr, ptr, i64, [1 x i64], [1 x i64] }, i64 1, align 8
  %47 = alloca { ptr, ptr, i64, [2 x i64], [2 x i64] }, i64 1, align 8
  %48 = getelementptr double, ptr null, i64 %19
  %49 = ptrtoint ptr %48 to i64
  %50 = call ptr @_mlir_memref_to_llvm_alloc(i64 %49)
  %51 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } poison, ptr %50, 0
  %52 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %51, ptr %50, 1
  %53 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %52, i64 0, 2
  %54 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %53, i64 %19, 3, 0
  %55 = insertvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %54, i64 1, 4, 0
  %56 = alloca i64, i64 1, align 8
  store i64 0, ptr %56, align 4, !tbaa !1
  %57 = getelementptr inbounds double, ptr %1, i32 5
  %58 = load double, ptr %57, align 8, !tbaa !4
  %59 = fmul double %58, 2.000000e+00
  %60 = getelementptr inbounds double, ptr %1, i32 2
  %61 = load double, ptr %60, align 8, !tbaa !4
  %62 = fmul double %61, 2.000000e+00
  %63 = getelementptr inbounds double, ptr %8, i32 20
  %64 = load double, ptr %63, align 8, !tbaa !4
  %65 = fmul double %62, %64
  %66 = getelementptr inbounds double, ptr %8, i32 19
  %67 = load double, ptr %66, align 8, !tbaa !4
  %68 = fmul double %62, %67
  %69 = getelementptr inbounds double, ptr %8, i32 18
  %70 = load double, ptr %69, align 8, !tbaa !4
  %71 = fmul double %62, %70
  %72 = getelementptr inbounds double, ptr %8, i32 17
  %73 = load double, ptr %72, align 8, !tbaa !4
  %74 = fmul double %62, %73
  %75 = getelementptr inbounds double, ptr %8, i32 16
  %76 = load double, ptr %75, align 8, !tbaa !4
  %77 = fmul double %62, %76
  %78 = getelementptr inbounds double, ptr %8, i32 15
  %79 = load double, ptr %78, align 8, !tbaa !4
  %80 = fmul double %62, %79
  %81 = getelementptr inbounds double, ptr %8, i32 14
  %82 = load double, ptr %81, align 8, !tbaa !4
  %83 = fmul double %62, %82
  %84 = getelementptr inbounds double, ptr %8, i32 13
  %85 = load double, ptr %84, align 8, !tbaa !4
  %86 = fmul double %62, %85
  %87 = getelementptr inbounds double, ptr %8, i32 12
  %88 = load double, ptr %87, align 8, !tbaa !4
  %89 = fmul double %62, %88
  %90 = getelementptr inbounds double, ptr %8, i32 11
  %91 = load double, ptr %90, align 8, !tbaa !4
  %92 = fmul double %62, %91
  %93 = getelementptr inbounds double, ptr %8, i32 10
  %94 = load double, ptr %93, align 8, !tbaa !4
  %95 = fmul double %62, %94
  %96 = getelementptr inbounds double, ptr %8, i32 9
  %97 = load double, ptr %96, align 8, !tbaa !4
  %98 = fmul double %62, %97
  %99 = getelementptr inbounds double, ptr %8, i32 8
  %100 = load double, ptr %99, align 8, !tbaa !4
  %101 = fmul double %62, %100
  %102 = getelementptr inbounds double, ptr %8, i32 7
  %103 = load double, ptr %102, align 8, !tbaa !4
  %104 = fmul double %62, %103
  %105 = getelementptr inbounds double, ptr %8, i32 6
  %106 = load double, ptr %105, align 8, !tbaa !4
  %107 = fmul double %62, %106
  %108 = getelementptr inbounds double, ptr %8, i32 5
  %109 = load double, ptr %108, align 8, !tbaa !4
  %110 = fmul double %62, %109
  %111 = getelementptr inbounds double, ptr %8, i32 4
  %112 = load double, ptr %111, align 8, !tbaa !4
  %113 = fmul double %62, %112
  %114 = getelementptr inbounds double, ptr %8, i32 3
  %115 = load double, ptr %114, align 8, !tbaa !4
  %116 = fmul double %62, %115
  %117 = getelementptr inbounds double, ptr %8, i32 2
  %118 = load double, ptr %117, align 8, !tbaa !4
  %119 = fmul double %62, %118
  %120 = getelementptr inbounds double, ptr %8, i32 1
  %121 = load double, ptr %120, align 8, !tbaa !4
  %122 = fmul double %62, %121
  %123 = load double, ptr %8, align 8, !tbaa !4
  %124 = fmul double %62, %123
  %125 = getelementptr inbounds double, ptr %1, i32 4
  %126 = load double, ptr %125, align 8, !tbaa !4
  %127 = fmul double %126, 2.000000e+00
  %128 = getelementptr inbounds double, ptr %1, i32 1
  %129 = load double, ptr %128, align 8, !tbaa !4
  %130 = fmul double %129, 2.000000e+00
  %131 = fmul double %130, %64
  %132 = fmul double %130, %67
  %133 = fmul double %130, %70
  %134 = fmul double %130, %73
  %135 = fmul double %130, %76
  %136 = fmul double %130, %79
  %137 = fmul double %130, %82
  %138 = fmul double %130, %85
  %139 = fmul double %130, %88
  %140 = fmul double %130, %91
  %141 = fmul double %130, %94
  %142 = fmul double %130, %97
  %143 = fmul double %130, %100
  %144 = fmul double %130, %103
  %145 = fmul double %130, %106
  %146 = fmul double %130, %109
  %147 = fmul double %130, %112
  %148 = fmul double %130, %115
  %149 = fmul double %130, %118
  %150 = fmul double %130, %121
  %151 = fmul double %130, %123
  %152 = getelementptr inbounds double, ptr %1, i32 3
  %153 = load double, ptr %152, align 8, !tbaa !4
  %154 = fmul double %153, 2.000000e+00
  %155 = load double, ptr %1, align 8, !tbaa !4
  %156 = fmul double %155, 2.000000e+00
  %157 = fmul double %156, %64
  %158 = fmul double %156, %67
  %159 = fmul double %156, %70
  %160 = fmul double %156, %73
  %161 = fmul double %156, %76
  %162 = fmul double %156, %79
  %163 = fmul double %156, %82
  %164 = fmul double %156, %85
  %165 = fmul double %156, %88
  %166 = fmul double %156, %91
  %167 = fmul double %156, %94
  %168 = fmul double %156, %97
  %169 = fmul double %156, %100
  %170 = fmul double %156, %103
  %171 = fmul double %156, %106
  %172 = fmul double %156, %109
  %173 = fmul double %156, %112
  %174 = fmul double %156, %115
  %175 = fmul double %156, %118
  %176 = fmul double %156, %121
  %177 = fmul double %156, %123
  %178 = load i64, ptr %56, align 4, !tbaa !1
  %179 = getelementptr inbounds double, ptr %50, i64 %178
  store double %177, ptr %179, align 8, !tbaa !4
  %180 = add i64 %178, 1
  store i64 %180, ptr %56, align 4, !tbaa !1
  %181 = load i64, ptr %56, align 4, !tbaa !1
  %182 = getelementptr inbounds double, ptr %50, i64 %181
  store double %176, ptr %182, align 8, !tbaa !4
  %183 = add i64 %181, 1
  store i64 %183, ptr %56, align 4, !tbaa !1
  %184 = load i64, ptr %56, align 4, !tbaa !1
  %185 = getelementptr inbounds double, ptr %50, i64 %184
  store double %175, ptr %185, align 8, !tbaa !4
  %186 = add i64 %184, 1
  store i64 %186, ptr %56, align 4, !tbaa !1
  %187 = load i64, ptr %56, align 4, !tbaa !1
  %188 = getelementptr inbounds double, ptr %50, i64 %187
  store double %174, ptr %188, align 8, !tbaa !4
  %189 = add i64 %187, 1
  store i64 %189, ptr %56, align 4, !tbaa !1
  %190 = load i64, ptr %56, align 4, !tbaa !1
  %191 = getelementptr inbounds double, ptr %50, i64 %190
  store double %173, ptr %191, align 8, !tbaa !4
  %192 = add i64 %190, 1
  store i64 %192, ptr %56, align 4, !tbaa !1
  %193 = load i64, ptr %56, align 4, !tbaa !1
  %194 = getelementptr inbounds double, ptr %50, i64 %193
  store double %172, ptr %194, align 8, !tbaa !4
  %195 = add i64 %193, 1
  store i64 %195, ptr %56, align 4, !tbaa !1
  %196 = load i64, ptr %56, align 4, !tbaa !1
  %197 = getelementptr inbounds double, ptr %50, i64 %196
  store double %171, ptr %197, align 8, !tbaa !4
  %198 = add i64 %196, 1
  store i64 %198, ptr %56, align 4, !tbaa !1
  %199 = load i64, ptr %56, align 4, !tbaa !1
  %200 = getelementptr inbounds double, ptr %50, i64 %199
  store double %170, ptr %200, align 8, !tbaa !4
  %201 = add i64 %199, 1
  store i64 %201, ptr %56, align 4, !tbaa !1
  %202 = load i64, ptr %56, align 4, !tbaa !1
  %203 = getelementptr inbounds double, ptr %50, i64 %202
  store double %169, ptr %203, align 8, !tbaa !4
  %204 = add i64 %202, 1
  store i64 %204, ptr %56, align 4, !tbaa !1
  %205 = load i64, ptr %56, align 4, !tbaa !1
  %206 = getelementptr inbounds double, ptr %50, i64 %205
  store double %168, ptr %206, align 8, !tbaa !4
  %207 = add i64 %205, 1
  store i64 %207, ptr %56, align 4, !tbaa !1
  %208 = load i64, ptr %56, align 4, !tbaa !1
  %209 = getelementptr inbounds double, ptr %50, i64 %208
  store double %167, ptr %209, align 8, !tbaa !4
  %210 = add i64 %208, 1
  store i64 %210, ptr %56, align 4, !tbaa !1
  %211 = load i64, ptr %56, align 4, !tbaa !1
  %212 = getelementptr inbounds double, ptr %50, i64 %211
  store double %166, ptr %212, align 8, !tbaa !4
  %213 = add i64 %211, 1
  store i64 %213, ptr %56, align 4, !tbaa !1
  %214 = load i64, ptr %56, align 4, !tbaa !1
  %215 = getelementptr inbounds double, ptr %50, i64 %214
  store double %165, ptr %215, align 8, !tbaa !4
  %216 = add i64 %214, 1
  store i64 %216, ptr %56, align 4, !tbaa !1
  %217 = load i64, ptr %56, align 4, !tbaa !1
  %218 = getelementptr inbounds double, ptr %50, i64 %217
  store double %164, ptr %218, align 8, !tbaa !4
  %219 = add i64 %217, 1
  store i64 %219, ptr %56, align 4, !tbaa !1
  %220 = load i64, ptr %56, align 4, !tbaa !1
  %221 = getelementptr inbounds double, ptr %50, i64 %220
  store double %163, ptr %221, align 8, !tbaa !4
  %222 = add i64 %220, 1
  store i64 %222, ptr %56, align 4, !tbaa !1
  %223 = load i64, ptr %56, align 4, !tbaa !1
  %224 = getelementptr inbounds double, ptr %50, i64 %223
  store double %162, ptr %224, align 8, !tbaa !4
  %225 = add i64 %223, 1
  store i64 %225, ptr %56, align 4, !tbaa !1
  %226 = load i64, ptr %56, align 4, !tbaa !1
  %227 = getelementptr inbounds double, ptr %50, i64 %226
  store double %161, ptr %227, align 8, !tbaa !4
  %228 = add i64 %226, 1
  store i64 %228, ptr %56, align 4, !tbaa !1
  %229 = load i64, ptr %56, align 4, !tbaa !1
  %230 = getelementptr inbounds double, ptr %50, i64 %229
  store double %160, ptr %230, align 8, !tbaa !4
  %231 = add i64 %229, 1
  store i64 %231, ptr %56, align 4, !tbaa !1
  %232 = load i64, ptr %56, align 4, !tbaa !1
  %233 = getelementptr inbounds double, ptr %50, i64 %232
  store double %159, ptr %233, align 8, !tbaa !4
  %234 = add i64 %232, 1
  store i64 %234, ptr %56, align 4, !tbaa !1
  %235 = load i64, ptr %56, align 4, !tbaa !1
  %236 = getelementptr inbounds double, ptr %50, i64 %235
  store double %158, ptr %236, align 8, !tbaa !4
  %237 = add i64 %235, 1
  store i64 %237, ptr %56, align 4, !tbaa !1
  %238 = load i64, ptr %56, align 4, !tbaa !1
  %239 = getelementptr inbounds double, ptr %50, i64 %238
  store double %157, ptr %239, align 8, !tbaa !4
  %240 = add i64 %238, 1
  store i64 %240, ptr %56, align 4, !tbaa !1
  %241 = load i64, ptr %56, align 4, !tbaa !1
  %242 = getelementptr inbounds double, ptr %50, i64 %241
  store double %154, ptr %242, align 8, !tbaa !4
  %243 = add i64 %241, 1
  store i64 %243, ptr %56, align 4, !tbaa !1
  %244 = load i64, ptr %56, align 4, !tbaa !1
  %245 = getelementptr inbounds double, ptr %50, i64 %244
  store double %154, ptr %245, align 8, !tbaa !4
  %246 = add i64 %244, 1
  store i64 %246, ptr %56, align 4, !tbaa !1
  %247 = load i64, ptr %56, align 4, !tbaa !1
  %248 = getelementptr inbounds double, ptr %50, i64 %247
  store double %154, ptr %248, align 8, !tbaa !4
  %249 = add i64 %247, 1
  store i64 %249, ptr %56, align 4, !tbaa !1
  %250 = load i64, ptr %56, align 4, !tbaa !1
  %251 = getelementptr inbounds double, ptr %50, i64 %250
  store double %154, ptr %251, align 8, !tbaa !4
  %252 = add i64 %250, 1
  store i64 %252, ptr %56, align 4, !tbaa !1
  %253 = load i64, ptr %56, align 4, !tbaa !1
  %254 = getelementptr inbounds double, ptr %50, i64 %253
  store double %154, ptr %254, align 8, !tbaa !4
  %255 = add i64 %253, 1
  store i64 %255, ptr %56, align 4, !tbaa !1
  %256 = load i64, ptr %56, align 4, !tbaa !1
  %257 = getelementptr inbounds double, ptr %50, i64 %256
  store double %154, ptr %257, align 8, !tbaa !4
  %258 = add i64 %256, 1
  store i64 %258, ptr %56, align 4, !tbaa !1
  %259 = load i64, ptr %56, align 4, !tbaa !1
  %260 = getelementptr inbounds double, ptr %50, i64 %259
  store double %154, ptr %260, align 8, !tbaa !4
  %261 = add i64 %259, 1
  store i64 %261, ptr %56, align 4, !tbaa !1
  %262 = load i64, ptr %56, align 4, !tbaa !1
  %263 = getelementptr inbounds double, ptr %50, i64 %262
  store double %154, ptr %263, align 8, !tbaa !4
  %264 = add i64 %262, 1
  store i64 %264, ptr %56, align 4, !tbaa !1
  %265 = load i64, ptr %56, align 4, !tbaa !1
  %266 = getelementptr inbounds double, ptr %50, i64 %265
  store double %154, ptr %266, align 8, !tbaa !4
  %267 = add i64 %265, 1
  store i64 %267, ptr %56, align 4, !tbaa !1
  %268 = load i64, ptr %56, align 4, !tbaa !1
  %269 = getelementptr inbounds double, ptr %50, i64 %268
  store double %154, ptr %269, align 8, !tbaa !4
  %270 = add i64 %268, 1
  store i64 %270, ptr %56, align 4, !tbaa !1
  %271 = load i64, ptr %56, align 4, !tbaa !1
  %272 = getelementptr inbounds double, ptr %50, i64 %271
  store double %154, ptr %272, align 8, !tbaa !4
  %273 = add i64 %271, 1
  store i64 %273, ptr %56, align 4, !tbaa !1
  %274 = load i64, ptr %56, align 4, !tbaa !1
  %275 = getelementptr inbounds double, ptr %50, i64 %274
  store double %154, ptr %275, align 8, !tbaa !4
  %276 = add i64 %274, 1
  store i64 %276, ptr %56, align 4, !tbaa !1
  %277 = load i64, ptr %56, align 4, !tbaa !1
  %278 = getelementptr inbounds double, ptr %50, i64 %277
  store double %154, ptr %278, align 8, !tbaa !4
  %279 = add i64 %277, 1
  store i64 %279, ptr %56, align 4, !tbaa !1
  %280 = load i64, ptr %56, align 4, !tbaa !1
  %281 = getelementptr inbounds double, ptr %50, i64 %280
  store double %154, ptr %281, align 8, !tbaa !4
  %282 = add i64 %280, 1
  store i64 %282, ptr %56, align 4, !tbaa !1
  %283 = load i64, ptr %56, align 4, !tbaa !1
  %284 = getelementptr inbounds double, ptr %50, i64 %283
  store double %151, ptr %284, align 8, !tbaa !4
  %285 = add i64 %283, 1
  store i64 %285, ptr %56, align 4, !tbaa !1
  %286 = load i64, ptr %56, align 4, !tbaa !1
  %287 = getelementptr inbounds double, ptr %50, i64 %286
  store double %150, ptr %287, align 8, !tbaa !4
  %288 = add i64 %286, 1
  store i64 %288, ptr %56, align 4, !tbaa !1
  %289 = load i64, ptr %56, align 4, !tbaa !1
  %290 = getelementptr inbounds double, ptr %50, i64 %289
  store double %149, ptr %290, align 8, !tbaa !4
  %291 = add i64 %289, 1
  store i64 %291, ptr %56, align 4, !tbaa !1
  %292 = load i64, ptr %56, align 4, !tbaa !1
  %293 = getelementptr inbounds double, ptr %50, i64 %292
  store double %148, ptr %293, align 8, !tbaa !4
  %294 = add i64 %292, 1
  store i64 %294, ptr %56, align 4, !tbaa !1
  %295 = load i64, ptr %56, align 4, !tbaa !1
  %296 = getelementptr inbounds double, ptr %50, i64 %295
  store double %147, ptr %296, align 8, !tbaa !4
  %297 = add i64 %295, 1
  store i64 %297, ptr %56, align 4, !tbaa !1
  %298 = load i64, ptr %56, align 4, !tbaa !1
  %299 = getelementptr inbounds double, ptr %50, i64 %298
  store double %146, ptr %299, align 8, !tbaa !4
  %300 = add i64 %298, 1
  store i64 %300, ptr %56, align 4, !tbaa !1
  %301 = load i64, ptr %56, align 4, !tbaa !1
  %302 = getelementptr inbounds double, ptr %50, i64 %301
  store double %145, ptr %302, align 8, !tbaa !4
  %303 = add i64 %301, 1
  store i64 %303, ptr %56, align 4, !tbaa !1
  %304 = load i64, ptr %56, align 4, !tbaa !1
  %305 = getelementptr inbounds double, ptr %50, i64 %304
  store double %144, ptr %305, align 8, !tbaa !4
  %306 = add i64 %304, 1
  store i64 %306, ptr %56, align 4, !tbaa !1
  %307 = load i64, ptr %56, align 4, !tbaa !1
  %308 = getelementptr inbounds double, ptr %50, i64 %307
  store double %143, ptr %308, align 8, !tbaa !4
  %309 = add i64 %307, 1
  store i64 %309, ptr %56, align 4, !tbaa !1
  %310 = load i64, ptr %56, align 4, !tbaa !1
  %311 = getelementptr inbounds double, ptr %50, i64 %310
  store double %142, ptr %311, align 8, !tbaa !4
  %312 = add i64 %310, 1
  store i64 %312, ptr %56, align 4, !tbaa !1
  %313 = load i64, ptr %56, align 4, !tbaa !1
  %314 = getelementptr inbounds double, ptr %50, i64 %313
  store double %141, ptr %314, align 8, !tbaa !4
  %315 = add i64 %313, 1
  store i64 %315, ptr %56, align 4, !tbaa !1
  %316 = load i64, ptr %56, align 4, !tbaa !1
  %317 = getelementptr inbounds double, ptr %50, i64 %316
  store double %140, ptr %317, align 8, !tbaa !4
  %318 = add i64 %316, 1
  store i64 %318, ptr %56, align 4, !tbaa !1
  %319 = load i64, ptr %56, align 4, !tbaa !1
  %320 = getelementptr inbounds double, ptr %50, i64 %319
  store double %139, ptr %320, align 8, !tbaa !4
  %321 = add i64 %319, 1
  store i64 %321, ptr %56, align 4, !tbaa !1
  %322 = load i64, ptr %56, align 4, !tbaa !1
  %323 = getelementptr inbounds double, ptr %50, i64 %322
  store double %138, ptr %323, align 8, !tbaa !4
  %324 = add i64 %322, 1
  store i64 %324, ptr %56, align 4, !tbaa !1
  %325 = load i64, ptr %56, align 4, !tbaa !1
  %326 = getelementptr inbounds double, ptr %50, i64 %325
  store double %137, ptr %326, align 8, !tbaa !4
  %327 = add i64 %325, 1
  store i64 %327, ptr %56, align 4, !tbaa !1
  %328 = load i64, ptr %56, align 4, !tbaa !1
  %329 = getelementptr inbounds double, ptr %50, i64 %328
  store double %136, ptr %329, align 8, !tbaa !4
  %330 = add i64 %328, 1
  store i64 %330, ptr %56, align 4, !tbaa !1
  %331 = load i64, ptr %56, align 4, !tbaa !1
  %332 = getelementptr inbounds double, ptr %50, i64 %331
  store double %135, ptr %332, align 8, !tbaa !4
  %333 = add i64 %331, 1
  store i64 %333, ptr %56, align 4, !tbaa !1
  %334 = load i64, ptr %56, align 4, !tbaa !1
  %335 = getelementptr inbounds double, ptr %50, i64 %334
  store double %134, ptr %335, align 8, !tbaa !4
  %336 = add i64 %334, 1
  store i64 %336, ptr %56, align 4, !tbaa !1
  %337 = load i64, ptr %56, align 4, !tbaa !1
  %338 = getelementptr inbounds double, ptr %50, i64 %337
  store double %133, ptr %338, align 8, !tbaa !4
  %339 = add i64 %337, 1
  store i64 %339, ptr %56, align 4, !tbaa !1
  %340 = load i64, ptr %56, align 4, !tbaa !1
  %341 = getelementptr inbounds double, ptr %50, i64 %340
  store double %132, ptr %341, align 8, !tbaa !4
  %342 = add i64 %340, 1
  store i64 %342, ptr %56, align 4, !tbaa !1
  %343 = load i64, ptr %56, align 4, !tbaa !1
  %344 = getelementptr inbounds double, ptr %50, i64 %343
  store double %131, ptr %344, align 8, !tbaa !4
  %345 = add i64 %343, 1
  store i64 %345, ptr %56, align 4, !tbaa !1
  %346 = load i64, ptr %56, align 4, !tbaa !1
  %347 = getelementptr inbounds double, ptr %50, i64 %346
  store double %127, ptr %347, align 8, !tbaa !4
  %348 = add i64 %346, 1
  store i64 %348, ptr %56, align 4, !tbaa !1
  %349 = load i64, ptr %56, align 4, !tbaa !1
  %350 = getelementptr inbounds double, ptr %50, i64 %349
  store double %127, ptr %350, align 8, !tbaa !4
  %351 = add i64 %349, 1
  store i64 %351, ptr %56, align 4, !tbaa !1
  %352 = load i64, ptr %56, align 4, !tbaa !1
  %353 = getelementptr inbounds double, ptr %50, i64 %352
  store double %127, ptr %353, align 8, !tbaa !4
  %354 = add i64 %352, 1
  store i64 %354, ptr %56, align 4, !tbaa !1
  %355 = load i64, ptr %56, align 4, !tbaa !1
  %356 = getelementptr inbounds double, ptr %50, i64 %355
  store double %127, ptr %356, align 8, !tbaa !4
  %357 = add i64 %355, 1
  store i64 %357, ptr %56, align 4, !tbaa !1
  %358 = load i64, ptr %56, align 4, !tbaa !1
  %359 = getelementptr inbounds double, ptr %50, i64 %358
  store double %127, ptr %359, align 8, !tbaa !4
  %360 = add i64 %358, 1
  store i64 %360, ptr %56, align 4, !tbaa !1
  %361 = load i64, ptr %56, align 4, !tbaa !1
  %362 = getelementptr inbounds double, ptr %50, i64 %361
  store double %127, ptr %362, align 8, !tbaa !4
  %363 = add i64 %361, 1
  store i64 %363, ptr %56, align 4, !tbaa !1
  %364 = load i64, ptr %56, align 4, !tbaa !1
  %365 = getelementptr inbounds double, ptr %50, i64 %364
  store double %127, ptr %365, align 8, !tbaa !4
  %366 = add i64 %364, 1
  store i64 %366, ptr %56, align 4, !tbaa !1
  %367 = load i64, ptr %56, align 4, !tbaa !1
  %368 = getelementptr inbounds double, ptr %50, i64 %367
  store double %127, ptr %368, align 8, !tbaa !4
  %369 = add i64 %367, 1
  store i64 %369, ptr %56, align 4, !tbaa !1
  %370 = load i64, ptr %56, align 4, !tbaa !1
  %371 = getelementptr inbounds double, ptr %50, i64 %370
  store double %127, ptr %371, align 8, !tbaa !4
  %372 = add i64 %370, 1
  store i64 %372, ptr %56, align 4, !tbaa !1
  %373 = load i64, ptr %56, align 4, !tbaa !1
  %374 = getelementptr inbounds double, ptr %50, i64 %373
  store double %127, ptr %374, align 8, !tbaa !4
  %375 = add i64 %373, 1
  store i64 %375, ptr %56, align 4, !tbaa !1
  %376 = load i64, ptr %56, align 4, !tbaa !1
  %377 = getelementptr inbounds double, ptr %50, i64 %376
  store double %127, ptr %377, align 8, !tbaa !4
  %378 = add i64 %376, 1
  store i64 %378, ptr %56, align 4, !tbaa !1
  %379 = load i64, ptr %56, align 4, !tbaa !1
  %380 = getelementptr inbounds double, ptr %50, i64 %379
  store double %127, ptr %380, align 8, !tbaa !4
  %381 = add i64 %379, 1
  store i64 %381, ptr %56, align 4, !tbaa !1
  %382 = load i64, ptr %56, align 4, !tbaa !1
  %383 = getelementptr inbounds double, ptr %50, i64 %382
  store double %127, ptr %383, align 8, !tbaa !4
  %384 = add i64 %382, 1
  store i64 %384, ptr %56, align 4, !tbaa !1
  %385 = load i64, ptr %56, align 4, !tbaa !1
  %386 = getelementptr inbounds double, ptr %50, i64 %385
  store double %127, ptr %386, align 8, !tbaa !4
  %387 = add i64 %385, 1
  store i64 %387, ptr %56, align 4, !tbaa !1
  %388 = load i64, ptr %56, align 4, !tbaa !1
  %389 = getelementptr inbounds double, ptr %50, i64 %388
  store double %124, ptr %389, align 8, !tbaa !4
  %390 = add i64 %388, 1
  store i64 %390, ptr %56, align 4, !tbaa !1
  %391 = load i64, ptr %56, align 4, !tbaa !1
  %392 = getelementptr inbounds double, ptr %50, i64 %391
  store double %122, ptr %392, align 8, !tbaa !4
  %393 = add i64 %391, 1
  store i64 %393, ptr %56, align 4, !tbaa !1
  %394 = load i64, ptr %56, align 4, !tbaa !1
  %395 = getelementptr inbounds double, ptr %50, i64 %394
  store double %119, ptr %395, align 8, !tbaa !4
  %396 = add i64 %394, 1
  store i64 %396, ptr %56, align 4, !tbaa !1
  %397 = load i64, ptr %56, align 4, !tbaa !1
  %398 = getelementptr inbounds double, ptr %50, i64 %397
  store double %116, ptr %398, align 8, !tbaa !4
  %399 = add i64 %397, 1
  store i64 %399, ptr %56, align 4, !tbaa !1
  %400 = load i64, ptr %56, align 4, !tbaa !1
  %401 = getelementptr inbounds double, ptr %50, i64 %400
  store double %113, ptr %401, align 8, !tbaa !4
  %402 = add i64 %400, 1
  store i64 %402, ptr %56, align 4, !tbaa !1
  %403 = load i64, ptr %56, align 4, !tbaa !1
  %404 = getelementptr inbounds double, ptr %50, i64 %403
  store double %110, ptr %404, align 8, !tbaa !4
  %405 = add i64 %403, 1
  store i64 %405, ptr %56, align 4, !tbaa !1
  %406 = load i64, ptr %56, align 4, !tbaa !1
  %407 = getelementptr inbounds double, ptr %50, i64 %406
  store double %107, ptr %407, align 8, !tbaa !4
  %408 = add i64 %406, 1
  store i64 %408, ptr %56, align 4, !tbaa !1
  %409 = load i64, ptr %56, align 4, !tbaa !1
  %410 = getelementptr inbounds double, ptr %50, i64 %409
  store double %104, ptr %410, align 8, !tbaa !4
  %411 = add i64 %409, 1
  store i64 %411, ptr %56, align 4, !tbaa !1
  %412 = load i64, ptr %56, align 4, !tbaa !1
  %413 = getelementptr inbounds double, ptr %50, i64 %412
  store double %101, ptr %413, align 8, !tbaa !4
  %414 = add i64 %412, 1
  store i64 %414, ptr %56, align 4, !tbaa !1
  %415 = load i64, ptr %56, align 4, !tbaa !1
  %416 = getelementptr inbounds double, ptr %50, i64 %415
  store double %98, ptr %416, align 8, !tbaa !4
  %417 = add i64 %415, 1
  store i64 %417, ptr %56, align 4, !tbaa !1
  %418 = load i64, ptr %56, align 4, !tbaa !1
  %419 = getelementptr inbounds double, ptr %50, i64 %418
  store double %95, ptr %419, align 8, !tbaa !4
  %420 = add i64 %418, 1
  store i64 %420, ptr %56, align 4, !tbaa !1
  %421 = load i64, ptr %56, align 4, !tbaa !1
  %422 = getelementptr inbounds double, ptr %50, i64 %421
  store double %92, ptr %422, align 8, !tbaa !4
  %423 = add i64 %421, 1
  store i64 %423, ptr %56, align 4, !tbaa !1
  %424 = load i64, ptr %56, align 4, !tbaa !1
  %425 = getelementptr inbounds double, ptr %50, i64 %424
  store double %89, ptr %425, align 8, !tbaa !4
  %426 = add i64 %424, 1
  store i64 %426, ptr %56, align 4, !tbaa !1
  %427 = load i64, ptr %56, align 4, !tbaa !1
  %428 = getelementptr inbounds double, ptr %50, i64 %427
  store double %86, ptr %428, align 8, !tbaa !4
  %429 = add i64 %427, 1
  store i64 %429, ptr %56, align 4, !tbaa !1
  %430 = load i64, ptr %56, align 4, !tbaa !1
  %431 = getelementptr inbounds double, ptr %50, i64 %430
  store double %83, ptr %431, align 8, !tbaa !4
  %432 = add i64 %430, 1
  store i64 %432, ptr %56, align 4, !tbaa !1
  %433 = load i64, ptr %56, align 4, !tbaa !1
  %434 = getelementptr inbounds double, ptr %50, i64 %433
  store double %80, ptr %434, align 8, !tbaa !4
  %435 = add i64 %433, 1
  store i64 %435, ptr %56, align 4, !tbaa !1
  %436 = load i64, ptr %56, align 4, !tbaa !1
  %437 = getelementptr inbounds double, ptr %50, i64 %436
  store double %77, ptr %437, align 8, !tbaa !4
  %438 = add i64 %436, 1
  store i64 %438, ptr %56, align 4, !tbaa !1
  %439 = load i64, ptr %56, align 4, !tbaa !1
  %440 = getelementptr inbounds double, ptr %50, i64 %439
  store double %74, ptr %440, align 8, !tbaa !4
  %441 = add i64 %439, 1
  store i64 %441, ptr %56, align 4, !tbaa !1
  %442 = load i64, ptr %56, align 4, !tbaa !1
  %443 = getelementptr inbounds double, ptr %50, i64 %442
  store double %71, ptr %443, align 8, !tbaa !4
  %444 = add i64 %442, 1
  store i64 %444, ptr %56, align 4, !tbaa !1
  %445 = load i64, ptr %56, align 4, !tbaa !1
  %446 = getelementptr inbounds double, ptr %50, i64 %445
  store double %68, ptr %446, align 8, !tbaa !4
  %447 = add i64 %445, 1
  store i64 %447, ptr %56, align 4, !tbaa !1
  %448 = load i64, ptr %56, align 4, !tbaa !1
  %449 = getelementptr inbounds double, ptr %50, i64 %448
  store double %65, ptr %449, align 8, !tbaa !4
  %450 = add i64 %448, 1
  store i64 %450, ptr %56, align 4, !tbaa !1
  %451 = load i64, ptr %56, align 4, !tbaa !1
  %452 = getelementptr inbounds double, ptr %50, i64 %451
  store double %59, ptr %452, align 8, !tbaa !4
  %453 = add i64 %451, 1
  store i64 %453, ptr %56, align 4, !tbaa !1
  %454 = load i64, ptr %56, align 4, !tbaa !1
  %455 = getelementptr inbounds double, ptr %50, i64 %454
  store double %59, ptr %455, align 8, !tbaa !4
  %456 = add i64 %454, 1
  store i64 %456, ptr %56, align 4, !tbaa !1
  %457 = load i64, ptr %56, align 4, !tbaa !1
  %458 = getelementptr inbounds double, ptr %50, i64 %457
  store double %59, ptr %458, align 8, !tbaa !4
  %459 = add i64 %457, 1
  store i64 %459, ptr %56, align 4, !tbaa !1
  %460 = load i64, ptr %56, align 4, !tbaa !1
  %461 = getelementptr inbounds double, ptr %50, i64 %460
  store double %59, ptr %461, align 8, !tbaa !4
  %462 = add i64 %460, 1
  store i64 %462, ptr %56, align 4, !tbaa !1
  %463 = load i64, ptr %56, align 4, !tbaa !1
  %464 = getelementptr inbounds double, ptr %50, i64 %463
  store double %59, ptr %464, align 8, !tbaa !4
  %465 = add i64 %463, 1
  store i64 %465, ptr %56, align 4, !tbaa !1
  %466 = load i64, ptr %56, align 4, !tbaa !1
  %467 = getelementptr inbounds double, ptr %50, i64 %466
  store double %59, ptr %467, align 8, !tbaa !4
  %468 = add i64 %466, 1
  store i64 %468, ptr %56, align 4, !tbaa !1
  %469 = load i64, ptr %56, align 4, !tbaa !1
  %470 = getelementptr inbounds double, ptr %50, i64 %469
  store double %59, ptr %470, align 8, !tbaa !4
  %471 = add i64 %469, 1
  store i64 %471, ptr %56, align 4, !tbaa !1
  %472 = load i64, ptr %56, align 4, !tbaa !1
  %473 = getelementptr inbounds double, ptr %50, i64 %472
  store double %59, ptr %473, align 8, !tbaa !4
  %474 = add i64 %472, 1
  store i64 %474, ptr %56, align 4, !tbaa !1
  %475 = load i64, ptr %56, align 4, !tbaa !1
  %476 = getelementptr inbounds double, ptr %50, i64 %475
  store double %59, ptr %476, align 8, !tbaa !4
  %477 = add i64 %475, 1
  store i64 %477, ptr %56, align 4, !tbaa !1
  %478 = load i64, ptr %56, align 4, !tbaa !1
  %479 = getelementptr inbounds double, ptr %50, i64 %478
  store double %59, ptr %479, align 8, !tbaa !4
  %480 = add i64 %478, 1
  store i64 %480, ptr %56, align 4, !tbaa !1
  %481 = load i64, ptr %56, align 4, !tbaa !1
  %482 = getelementptr inbounds double, ptr %50, i64 %481
  store double %59, ptr %482, align 8, !tbaa !4
  %483 = add i64 %481, 1
  store i64 %483, ptr %56, align 4, !tbaa !1
  %484 = load i64, ptr %56, align 4, !tbaa !1
  %485 = getelementptr inbounds double, ptr %50, i64 %484
  store double %59, ptr %485, align 8, !tbaa !4
  %486 = add i64 %484, 1
  store i64 %486, ptr %56, align 4, !tbaa !1
  %487 = load i64, ptr %56, align 4, !tbaa !1
  %488 = getelementptr inbounds double, ptr %50, i64 %487
  store double %59, ptr %488, align 8, !tbaa !4
  %489 = add i64 %487, 1
  store i64 %489, ptr %56, align 4, !tbaa !1
  %490 = load i64, ptr %56, align 4, !tbaa !1
  %491 = getelementptr inbounds double, ptr %50, i64 %490
  store double %59, ptr %491, align 8, !tbaa !4
  %492 = add i64 %490, 1
  store i64 %492, ptr %56, align 4, !tbaa !1
  store { ptr, ptr, i64, [2 x i64], [2 x i64] } %42, ptr %47, align 8
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %35, ptr %46, align 8
  store { ptr, ptr, i64, [2 x i64], [2 x i64] } %30, ptr %45, align 8
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %55, ptr %44, align 8
  %493 = call ptr @_mlir_memref_to_llvm_alloc(i64 8)
  %494 = insertvalue { ptr, ptr, i64 } poison, ptr %493, 0
  %495 = insertvalue { ptr, ptr, i64 } %494, ptr %493, 1
  %496 = insertvalue { ptr, ptr, i64 } %495, i64 0, 2
  store { ptr, ptr, i64 } %496, ptr %43, align 8
  call void @energy_0.quantum(ptr %47, ptr %46, ptr %45, ptr %44, ptr %43)
  %497 = load double, ptr %493, align 8, !tbaa !4
  store double %497, ptr %21, align 8, !tbaa !4
  ret void
}

define { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } @energy_0.fullgrad0(ptr %0, ptr %1, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr %7, ptr %8, i64 %9, i64 %10, i64 %11, ptr %12, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, i64 %19) {
  %21 = call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %22 = ptrtoint ptr %21 to i64
  %23 = add i64 %22, 63
  %24 = urem i64 %23, 64
  %25 = sub i64 %23, %24
  %26 = inttoptr i64 %25 to ptr
  store double 0.000000e+00, ptr %26, align 8, !tbaa !4
  store double 1.000000e+00, ptr %26, align 8, !tbaa !4
  %27 = call ptr @_mlir_memref_to_llvm_alloc(i64 48)
  %28 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } poison, ptr %27, 0
  %29 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %28, ptr %27, 1
  %30 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %29, i64 0, 2
  %31 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %30, i64 2, 3, 0
  %32 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %31, i64 3, 3, 1
  %33 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %32, i64 3, 4, 0
  %34 = insertvalue { ptr, ptr, i64, [2 x i64], [2 x i64] } %33, i64 1, 4, 1
  %35 = call ptr @_mlir_memref_to_llvm_alloc(i64 8)
  %36 = insertvalue { ptr, ptr, i64 } poison, ptr %35, 0
  %37 = insertvalue { ptr, ptr, i64 } %36, ptr %35, 1
  %38 = insertvalue { ptr, ptr, i64 } %37, i64 0, 2
  call void @llvm.memset.p0.i64(ptr %27, i8 0, i64 48, i1 false)
  call void (...) @__enzyme_autodiff0(ptr @energy_0.preprocess, ptr @enzyme_const, ptr %0, ptr %1, ptr %27, i64 %2, i64 %3, i64 %4, i64 %5, i64 %6, ptr @enzyme_const, ptr %7, ptr @enzyme_const, ptr %8, i64 %9, i64 %10, i64 %11, ptr @enzyme_const, ptr %12, ptr @enzyme_const, ptr %13, i64 %14, i64 %15, i64 %16, i64 %17, i64 %18, ptr @enzyme_const, i64 %19, ptr @enzyme_const, ptr %35, ptr %35, ptr %26, i64 0)
  call void @_mlir_memref_to_llvm_free(ptr %21)
  %39 = insertvalue { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } poison, { ptr, ptr, i64 } %38, 0
  %40 = insertvalue { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } %39, { ptr, ptr, i64, [2 x i64], [2 x i64] } %34, 1
  ret { { ptr, ptr, i64 }, { ptr, ptr, i64, [2 x i64], [2 x i64] } } %40
}

define void @setup() {
  call void @__catalyst__rt__initialize(ptr null)
  ret void
}

define void @teardown() {
  call void @__catalyst__rt__finalize()
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

attributes #0 = { noinline }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!llvm.module.flags = !{!0}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{!2, !2, i64 0}
!2 = !{!"int", !3, i64 0}
!3 = !{!"Catalyst TBAA"}
!4 = !{!5, !5, i64 0}
!5 = !{!"double", !3, i64 0}
