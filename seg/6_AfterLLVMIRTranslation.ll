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
  %32 = getelementptr inbounds double, ptr %8, i32 3
  %33 = load double, ptr %32, align 8, !tbaa !4
  %34 = fmul double %31, %33
  %35 = getelementptr inbounds double, ptr %8, i32 2
  %36 = load double, ptr %35, align 8, !tbaa !4
  %37 = fmul double %31, %36
  %38 = getelementptr inbounds double, ptr %8, i32 1
  %39 = load double, ptr %38, align 8, !tbaa !4
  %40 = fmul double %31, %39
  %41 = load double, ptr %8, align 8, !tbaa !4
  %42 = fmul double %31, %41
  %43 = getelementptr inbounds double, ptr %1, i32 4
  %44 = load double, ptr %43, align 8, !tbaa !4
  %45 = fmul double %44, 2.000000e+00
  %46 = getelementptr inbounds double, ptr %1, i32 1
  %47 = load double, ptr %46, align 8, !tbaa !4
  %48 = fmul double %47, 2.000000e+00
  %49 = fmul double %48, %33
  %50 = fmul double %48, %36
  %51 = fmul double %48, %39
  %52 = fmul double %48, %41
  %53 = getelementptr inbounds double, ptr %1, i32 3
  %54 = load double, ptr %53, align 8, !tbaa !4
  %55 = fmul double %54, 2.000000e+00
  %56 = load double, ptr %1, align 8, !tbaa !4
  %57 = fmul double %56, 2.000000e+00
  %58 = fmul double %57, %33
  %59 = fmul double %57, %36
  %60 = fmul double %57, %39
  %61 = fmul double %57, %41
  call void @__catalyst__rt__device_init(ptr @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", ptr @LightningSimulator, ptr @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}", i64 0, i1 false)
  %62 = call ptr @__catalyst__rt__qubit_allocate_array(i64 4)
  %63 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 3)
  %64 = load ptr, ptr %63, align 8
  call void @__catalyst__qis__Hadamard(ptr %64, ptr null)
  %65 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 2)
  %66 = load ptr, ptr %65, align 8
  call void @__catalyst__qis__Hadamard(ptr %66, ptr null)
  %67 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 1)
  %68 = load ptr, ptr %67, align 8
  call void @__catalyst__qis__Hadamard(ptr %68, ptr null)
  %69 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 0)
  %70 = load ptr, ptr %69, align 8
  call void @__catalyst__qis__Hadamard(ptr %70, ptr null)
  %71 = load i64, ptr %13, align 4, !tbaa !1
  %72 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %71)
  %73 = load ptr, ptr %72, align 8
  %74 = getelementptr inbounds i64, ptr %13, i32 1
  %75 = load i64, ptr %74, align 4, !tbaa !1
  %76 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %75)
  %77 = load ptr, ptr %76, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %61, ptr null, i64 2, ptr %73, ptr %77)
  %78 = getelementptr inbounds i64, ptr %13, i32 2
  %79 = load i64, ptr %78, align 4, !tbaa !1
  %80 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %79)
  %81 = load ptr, ptr %80, align 8
  %82 = getelementptr inbounds i64, ptr %13, i32 3
  %83 = load i64, ptr %82, align 4, !tbaa !1
  %84 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %83)
  %85 = load ptr, ptr %84, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %60, ptr null, i64 2, ptr %81, ptr %85)
  %86 = getelementptr inbounds i64, ptr %13, i32 4
  %87 = load i64, ptr %86, align 4, !tbaa !1
  %88 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %87)
  %89 = load ptr, ptr %88, align 8
  %90 = getelementptr inbounds i64, ptr %13, i32 5
  %91 = load i64, ptr %90, align 4, !tbaa !1
  %92 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %91)
  %93 = load ptr, ptr %92, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %59, ptr null, i64 2, ptr %89, ptr %93)
  %94 = getelementptr inbounds i64, ptr %13, i32 6
  %95 = load i64, ptr %94, align 4, !tbaa !1
  %96 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %95)
  %97 = load ptr, ptr %96, align 8
  %98 = getelementptr inbounds i64, ptr %13, i32 7
  %99 = load i64, ptr %98, align 4, !tbaa !1
  %100 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %99)
  %101 = load ptr, ptr %100, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %58, ptr null, i64 2, ptr %97, ptr %101)
  %102 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 3)
  %103 = load ptr, ptr %102, align 8
  call void @__catalyst__qis__RX(double %55, ptr %103, ptr null)
  %104 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 2)
  %105 = load ptr, ptr %104, align 8
  call void @__catalyst__qis__RX(double %55, ptr %105, ptr null)
  %106 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 1)
  %107 = load ptr, ptr %106, align 8
  call void @__catalyst__qis__RX(double %55, ptr %107, ptr null)
  %108 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 0)
  %109 = load ptr, ptr %108, align 8
  call void @__catalyst__qis__RX(double %55, ptr %109, ptr null)
  %110 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %71)
  %111 = load ptr, ptr %110, align 8
  %112 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %75)
  %113 = load ptr, ptr %112, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %52, ptr null, i64 2, ptr %111, ptr %113)
  %114 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %79)
  %115 = load ptr, ptr %114, align 8
  %116 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %83)
  %117 = load ptr, ptr %116, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %51, ptr null, i64 2, ptr %115, ptr %117)
  %118 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %87)
  %119 = load ptr, ptr %118, align 8
  %120 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %91)
  %121 = load ptr, ptr %120, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %50, ptr null, i64 2, ptr %119, ptr %121)
  %122 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %95)
  %123 = load ptr, ptr %122, align 8
  %124 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %99)
  %125 = load ptr, ptr %124, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %49, ptr null, i64 2, ptr %123, ptr %125)
  %126 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 3)
  %127 = load ptr, ptr %126, align 8
  call void @__catalyst__qis__RX(double %45, ptr %127, ptr null)
  %128 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 2)
  %129 = load ptr, ptr %128, align 8
  call void @__catalyst__qis__RX(double %45, ptr %129, ptr null)
  %130 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 1)
  %131 = load ptr, ptr %130, align 8
  call void @__catalyst__qis__RX(double %45, ptr %131, ptr null)
  %132 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 0)
  %133 = load ptr, ptr %132, align 8
  call void @__catalyst__qis__RX(double %45, ptr %133, ptr null)
  %134 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %71)
  %135 = load ptr, ptr %134, align 8
  %136 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %75)
  %137 = load ptr, ptr %136, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %42, ptr null, i64 2, ptr %135, ptr %137)
  %138 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %79)
  %139 = load ptr, ptr %138, align 8
  %140 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %83)
  %141 = load ptr, ptr %140, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %40, ptr null, i64 2, ptr %139, ptr %141)
  %142 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %87)
  %143 = load ptr, ptr %142, align 8
  %144 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %91)
  %145 = load ptr, ptr %144, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %37, ptr null, i64 2, ptr %143, ptr %145)
  %146 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %95)
  %147 = load ptr, ptr %146, align 8
  %148 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %99)
  %149 = load ptr, ptr %148, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %34, ptr null, i64 2, ptr %147, ptr %149)
  %150 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 0)
  %151 = load ptr, ptr %150, align 8
  call void @__catalyst__qis__RX(double %28, ptr %151, ptr null)
  %152 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 1)
  %153 = load ptr, ptr %152, align 8
  call void @__catalyst__qis__RX(double %28, ptr %153, ptr null)
  %154 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 2)
  %155 = load ptr, ptr %154, align 8
  call void @__catalyst__qis__RX(double %28, ptr %155, ptr null)
  %156 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 3)
  %157 = load ptr, ptr %156, align 8
  call void @__catalyst__qis__RX(double %28, ptr %157, ptr null)
  %158 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %71)
  %159 = load ptr, ptr %158, align 8
  %160 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %159)
  %161 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %75)
  %162 = load ptr, ptr %161, align 8
  %163 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %162)
  %164 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %160, i64 %163)
  %165 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %79)
  %166 = load ptr, ptr %165, align 8
  %167 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %166)
  %168 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %83)
  %169 = load ptr, ptr %168, align 8
  %170 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %169)
  %171 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %167, i64 %170)
  %172 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %87)
  %173 = load ptr, ptr %172, align 8
  %174 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %173)
  %175 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %91)
  %176 = load ptr, ptr %175, align 8
  %177 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %176)
  %178 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %174, i64 %177)
  %179 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %95)
  %180 = load ptr, ptr %179, align 8
  %181 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %180)
  %182 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %99)
  %183 = load ptr, ptr %182, align 8
  %184 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %183)
  %185 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %181, i64 %184)
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %25, ptr %20, align 8
  %186 = call i64 (ptr, i64, ...) @__catalyst__qis__HamiltonianObs(ptr %20, i64 4, i64 %164, i64 %171, i64 %178, i64 %185)
  %187 = call double @__catalyst__qis__Expval(i64 %186)
  %188 = call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %189 = ptrtoint ptr %188 to i64
  %190 = add i64 %189, 63
  %191 = urem i64 %190, 64
  %192 = sub i64 %190, %191
  %193 = inttoptr i64 %192 to ptr
  %194 = insertvalue { ptr, ptr, i64 } poison, ptr %188, 0
  %195 = insertvalue { ptr, ptr, i64 } %194, ptr %193, 1
  %196 = insertvalue { ptr, ptr, i64 } %195, i64 0, 2
  store double %187, ptr %193, align 8, !tbaa !4
  call void @__catalyst__rt__qubit_release_array(ptr %62)
  call void @__catalyst__rt__device_release()
  ret { ptr, ptr, i64 } %196
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
  %32 = getelementptr inbounds double, ptr %8, i32 3
  %33 = load double, ptr %32, align 8, !tbaa !4
  %34 = fmul double %31, %33
  %35 = getelementptr inbounds double, ptr %8, i32 2
  %36 = load double, ptr %35, align 8, !tbaa !4
  %37 = fmul double %31, %36
  %38 = getelementptr inbounds double, ptr %8, i32 1
  %39 = load double, ptr %38, align 8, !tbaa !4
  %40 = fmul double %31, %39
  %41 = load double, ptr %8, align 8, !tbaa !4
  %42 = fmul double %31, %41
  %43 = getelementptr inbounds double, ptr %1, i32 4
  %44 = load double, ptr %43, align 8, !tbaa !4
  %45 = fmul double %44, 2.000000e+00
  %46 = getelementptr inbounds double, ptr %1, i32 1
  %47 = load double, ptr %46, align 8, !tbaa !4
  %48 = fmul double %47, 2.000000e+00
  %49 = fmul double %48, %33
  %50 = fmul double %48, %36
  %51 = fmul double %48, %39
  %52 = fmul double %48, %41
  %53 = getelementptr inbounds double, ptr %1, i32 3
  %54 = load double, ptr %53, align 8, !tbaa !4
  %55 = fmul double %54, 2.000000e+00
  %56 = load double, ptr %1, align 8, !tbaa !4
  %57 = fmul double %56, 2.000000e+00
  %58 = fmul double %57, %33
  %59 = fmul double %57, %36
  %60 = fmul double %57, %39
  %61 = fmul double %57, %41
  call void @__catalyst__rt__device_init(ptr @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", ptr @LightningSimulator, ptr @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}", i64 0, i1 false)
  %62 = call ptr @__catalyst__rt__qubit_allocate_array(i64 4)
  %63 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 3)
  %64 = load ptr, ptr %63, align 8
  call void @__catalyst__qis__Hadamard(ptr %64, ptr null)
  %65 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 2)
  %66 = load ptr, ptr %65, align 8
  call void @__catalyst__qis__Hadamard(ptr %66, ptr null)
  %67 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 1)
  %68 = load ptr, ptr %67, align 8
  call void @__catalyst__qis__Hadamard(ptr %68, ptr null)
  %69 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 0)
  %70 = load ptr, ptr %69, align 8
  call void @__catalyst__qis__Hadamard(ptr %70, ptr null)
  %71 = load i64, ptr %13, align 4, !tbaa !1
  %72 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %71)
  %73 = load ptr, ptr %72, align 8
  %74 = getelementptr inbounds i64, ptr %13, i32 1
  %75 = load i64, ptr %74, align 4, !tbaa !1
  %76 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %75)
  %77 = load ptr, ptr %76, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %61, ptr null, i64 2, ptr %73, ptr %77)
  %78 = getelementptr inbounds i64, ptr %13, i32 2
  %79 = load i64, ptr %78, align 4, !tbaa !1
  %80 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %79)
  %81 = load ptr, ptr %80, align 8
  %82 = getelementptr inbounds i64, ptr %13, i32 3
  %83 = load i64, ptr %82, align 4, !tbaa !1
  %84 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %83)
  %85 = load ptr, ptr %84, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %60, ptr null, i64 2, ptr %81, ptr %85)
  %86 = getelementptr inbounds i64, ptr %13, i32 4
  %87 = load i64, ptr %86, align 4, !tbaa !1
  %88 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %87)
  %89 = load ptr, ptr %88, align 8
  %90 = getelementptr inbounds i64, ptr %13, i32 5
  %91 = load i64, ptr %90, align 4, !tbaa !1
  %92 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %91)
  %93 = load ptr, ptr %92, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %59, ptr null, i64 2, ptr %89, ptr %93)
  %94 = getelementptr inbounds i64, ptr %13, i32 6
  %95 = load i64, ptr %94, align 4, !tbaa !1
  %96 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %95)
  %97 = load ptr, ptr %96, align 8
  %98 = getelementptr inbounds i64, ptr %13, i32 7
  %99 = load i64, ptr %98, align 4, !tbaa !1
  %100 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %99)
  %101 = load ptr, ptr %100, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %58, ptr null, i64 2, ptr %97, ptr %101)
  %102 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 3)
  %103 = load ptr, ptr %102, align 8
  call void @__catalyst__qis__RX(double %55, ptr %103, ptr null)
  %104 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 2)
  %105 = load ptr, ptr %104, align 8
  call void @__catalyst__qis__RX(double %55, ptr %105, ptr null)
  %106 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 1)
  %107 = load ptr, ptr %106, align 8
  call void @__catalyst__qis__RX(double %55, ptr %107, ptr null)
  %108 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 0)
  %109 = load ptr, ptr %108, align 8
  call void @__catalyst__qis__RX(double %55, ptr %109, ptr null)
  %110 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %71)
  %111 = load ptr, ptr %110, align 8
  %112 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %75)
  %113 = load ptr, ptr %112, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %52, ptr null, i64 2, ptr %111, ptr %113)
  %114 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %79)
  %115 = load ptr, ptr %114, align 8
  %116 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %83)
  %117 = load ptr, ptr %116, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %51, ptr null, i64 2, ptr %115, ptr %117)
  %118 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %87)
  %119 = load ptr, ptr %118, align 8
  %120 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %91)
  %121 = load ptr, ptr %120, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %50, ptr null, i64 2, ptr %119, ptr %121)
  %122 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %95)
  %123 = load ptr, ptr %122, align 8
  %124 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %99)
  %125 = load ptr, ptr %124, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %49, ptr null, i64 2, ptr %123, ptr %125)
  %126 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 3)
  %127 = load ptr, ptr %126, align 8
  call void @__catalyst__qis__RX(double %45, ptr %127, ptr null)
  %128 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 2)
  %129 = load ptr, ptr %128, align 8
  call void @__catalyst__qis__RX(double %45, ptr %129, ptr null)
  %130 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 1)
  %131 = load ptr, ptr %130, align 8
  call void @__catalyst__qis__RX(double %45, ptr %131, ptr null)
  %132 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 0)
  %133 = load ptr, ptr %132, align 8
  call void @__catalyst__qis__RX(double %45, ptr %133, ptr null)
  %134 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %71)
  %135 = load ptr, ptr %134, align 8
  %136 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %75)
  %137 = load ptr, ptr %136, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %42, ptr null, i64 2, ptr %135, ptr %137)
  %138 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %79)
  %139 = load ptr, ptr %138, align 8
  %140 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %83)
  %141 = load ptr, ptr %140, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %40, ptr null, i64 2, ptr %139, ptr %141)
  %142 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %87)
  %143 = load ptr, ptr %142, align 8
  %144 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %91)
  %145 = load ptr, ptr %144, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %37, ptr null, i64 2, ptr %143, ptr %145)
  %146 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %95)
  %147 = load ptr, ptr %146, align 8
  %148 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %99)
  %149 = load ptr, ptr %148, align 8
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %34, ptr null, i64 2, ptr %147, ptr %149)
  %150 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 0)
  %151 = load ptr, ptr %150, align 8
  call void @__catalyst__qis__RX(double %28, ptr %151, ptr null)
  %152 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 1)
  %153 = load ptr, ptr %152, align 8
  call void @__catalyst__qis__RX(double %28, ptr %153, ptr null)
  %154 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 2)
  %155 = load ptr, ptr %154, align 8
  call void @__catalyst__qis__RX(double %28, ptr %155, ptr null)
  %156 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 3)
  %157 = load ptr, ptr %156, align 8
  call void @__catalyst__qis__RX(double %28, ptr %157, ptr null)
  %158 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %71)
  %159 = load ptr, ptr %158, align 8
  %160 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %159)
  %161 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %75)
  %162 = load ptr, ptr %161, align 8
  %163 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %162)
  %164 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %160, i64 %163)
  %165 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %79)
  %166 = load ptr, ptr %165, align 8
  %167 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %166)
  %168 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %83)
  %169 = load ptr, ptr %168, align 8
  %170 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %169)
  %171 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %167, i64 %170)
  %172 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %87)
  %173 = load ptr, ptr %172, align 8
  %174 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %173)
  %175 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %91)
  %176 = load ptr, ptr %175, align 8
  %177 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %176)
  %178 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %174, i64 %177)
  %179 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %95)
  %180 = load ptr, ptr %179, align 8
  %181 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %180)
  %182 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %62, i64 %99)
  %183 = load ptr, ptr %182, align 8
  %184 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %183)
  %185 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %181, i64 %184)
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %25, ptr %20, align 8
  %186 = call i64 (ptr, i64, ...) @__catalyst__qis__HamiltonianObs(ptr %20, i64 4, i64 %164, i64 %171, i64 %178, i64 %185)
  %187 = call double @__catalyst__qis__Expval(i64 %186)
  ret ptr %62
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
  ret i64 %69
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
  call void @__catalyst__rt__device_init(ptr @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", ptr @LightningSimulator, ptr @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}", i64 0, i1 false)
  %21 = call ptr @__catalyst__rt__qubit_allocate_array(i64 4)
  %22 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 3)
  %23 = load ptr, ptr %22, align 8
  call void @__catalyst__qis__Hadamard(ptr %23, ptr null)
  %24 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 2)
  %25 = load ptr, ptr %24, align 8
  call void @__catalyst__qis__Hadamard(ptr %25, ptr null)
  %26 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 1)
  %27 = load ptr, ptr %26, align 8
  call void @__catalyst__qis__Hadamard(ptr %27, ptr null)
  %28 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 0)
  %29 = load ptr, ptr %28, align 8
  call void @__catalyst__qis__Hadamard(ptr %29, ptr null)
  %30 = load i64, ptr %13, align 4, !tbaa !1
  %31 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %30)
  %32 = load ptr, ptr %31, align 8
  %33 = getelementptr inbounds i64, ptr %14, i32 1
  %34 = load i64, ptr %33, align 4, !tbaa !1
  %35 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %34)
  %36 = load ptr, ptr %35, align 8
  %37 = load i64, ptr %12, align 4, !tbaa !1
  %38 = add i64 %37, 1
  store i64 %38, ptr %12, align 4, !tbaa !1
  %39 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %40 = getelementptr inbounds double, ptr %39, i64 %37
  %41 = load double, ptr %40, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %41, ptr null, i64 2, ptr %32, ptr %36)
  %42 = getelementptr inbounds i64, ptr %15, i32 2
  %43 = load i64, ptr %42, align 4, !tbaa !1
  %44 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %43)
  %45 = load ptr, ptr %44, align 8
  %46 = getelementptr inbounds i64, ptr %16, i32 3
  %47 = load i64, ptr %46, align 4, !tbaa !1
  %48 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %47)
  %49 = load ptr, ptr %48, align 8
  %50 = load i64, ptr %12, align 4, !tbaa !1
  %51 = add i64 %50, 1
  store i64 %51, ptr %12, align 4, !tbaa !1
  %52 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %53 = getelementptr inbounds double, ptr %52, i64 %50
  %54 = load double, ptr %53, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %54, ptr null, i64 2, ptr %45, ptr %49)
  %55 = getelementptr inbounds i64, ptr %17, i32 4
  %56 = load i64, ptr %55, align 4, !tbaa !1
  %57 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %56)
  %58 = load ptr, ptr %57, align 8
  %59 = getelementptr inbounds i64, ptr %18, i32 5
  %60 = load i64, ptr %59, align 4, !tbaa !1
  %61 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %60)
  %62 = load ptr, ptr %61, align 8
  %63 = load i64, ptr %12, align 4, !tbaa !1
  %64 = add i64 %63, 1
  store i64 %64, ptr %12, align 4, !tbaa !1
  %65 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %66 = getelementptr inbounds double, ptr %65, i64 %63
  %67 = load double, ptr %66, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %67, ptr null, i64 2, ptr %58, ptr %62)
  %68 = getelementptr inbounds i64, ptr %19, i32 6
  %69 = load i64, ptr %68, align 4, !tbaa !1
  %70 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %69)
  %71 = load ptr, ptr %70, align 8
  %72 = getelementptr inbounds i64, ptr %20, i32 7
  %73 = load i64, ptr %72, align 4, !tbaa !1
  %74 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %73)
  %75 = load ptr, ptr %74, align 8
  %76 = load i64, ptr %12, align 4, !tbaa !1
  %77 = add i64 %76, 1
  store i64 %77, ptr %12, align 4, !tbaa !1
  %78 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %79 = getelementptr inbounds double, ptr %78, i64 %76
  %80 = load double, ptr %79, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %80, ptr null, i64 2, ptr %71, ptr %75)
  %81 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 3)
  %82 = load ptr, ptr %81, align 8
  %83 = load i64, ptr %12, align 4, !tbaa !1
  %84 = add i64 %83, 1
  store i64 %84, ptr %12, align 4, !tbaa !1
  %85 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %86 = getelementptr inbounds double, ptr %85, i64 %83
  %87 = load double, ptr %86, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %87, ptr %82, ptr null)
  %88 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 2)
  %89 = load ptr, ptr %88, align 8
  %90 = load i64, ptr %12, align 4, !tbaa !1
  %91 = add i64 %90, 1
  store i64 %91, ptr %12, align 4, !tbaa !1
  %92 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %93 = getelementptr inbounds double, ptr %92, i64 %90
  %94 = load double, ptr %93, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %94, ptr %89, ptr null)
  %95 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 1)
  %96 = load ptr, ptr %95, align 8
  %97 = load i64, ptr %12, align 4, !tbaa !1
  %98 = add i64 %97, 1
  store i64 %98, ptr %12, align 4, !tbaa !1
  %99 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %100 = getelementptr inbounds double, ptr %99, i64 %97
  %101 = load double, ptr %100, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %101, ptr %96, ptr null)
  %102 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 0)
  %103 = load ptr, ptr %102, align 8
  %104 = load i64, ptr %12, align 4, !tbaa !1
  %105 = add i64 %104, 1
  store i64 %105, ptr %12, align 4, !tbaa !1
  %106 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %107 = getelementptr inbounds double, ptr %106, i64 %104
  %108 = load double, ptr %107, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %108, ptr %103, ptr null)
  %109 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %30)
  %110 = load ptr, ptr %109, align 8
  %111 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %34)
  %112 = load ptr, ptr %111, align 8
  %113 = load i64, ptr %12, align 4, !tbaa !1
  %114 = add i64 %113, 1
  store i64 %114, ptr %12, align 4, !tbaa !1
  %115 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %116 = getelementptr inbounds double, ptr %115, i64 %113
  %117 = load double, ptr %116, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %117, ptr null, i64 2, ptr %110, ptr %112)
  %118 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %43)
  %119 = load ptr, ptr %118, align 8
  %120 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %47)
  %121 = load ptr, ptr %120, align 8
  %122 = load i64, ptr %12, align 4, !tbaa !1
  %123 = add i64 %122, 1
  store i64 %123, ptr %12, align 4, !tbaa !1
  %124 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %125 = getelementptr inbounds double, ptr %124, i64 %122
  %126 = load double, ptr %125, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %126, ptr null, i64 2, ptr %119, ptr %121)
  %127 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %56)
  %128 = load ptr, ptr %127, align 8
  %129 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %60)
  %130 = load ptr, ptr %129, align 8
  %131 = load i64, ptr %12, align 4, !tbaa !1
  %132 = add i64 %131, 1
  store i64 %132, ptr %12, align 4, !tbaa !1
  %133 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %134 = getelementptr inbounds double, ptr %133, i64 %131
  %135 = load double, ptr %134, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %135, ptr null, i64 2, ptr %128, ptr %130)
  %136 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %69)
  %137 = load ptr, ptr %136, align 8
  %138 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %73)
  %139 = load ptr, ptr %138, align 8
  %140 = load i64, ptr %12, align 4, !tbaa !1
  %141 = add i64 %140, 1
  store i64 %141, ptr %12, align 4, !tbaa !1
  %142 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %143 = getelementptr inbounds double, ptr %142, i64 %140
  %144 = load double, ptr %143, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %144, ptr null, i64 2, ptr %137, ptr %139)
  %145 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 3)
  %146 = load ptr, ptr %145, align 8
  %147 = load i64, ptr %12, align 4, !tbaa !1
  %148 = add i64 %147, 1
  store i64 %148, ptr %12, align 4, !tbaa !1
  %149 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %150 = getelementptr inbounds double, ptr %149, i64 %147
  %151 = load double, ptr %150, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %151, ptr %146, ptr null)
  %152 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 2)
  %153 = load ptr, ptr %152, align 8
  %154 = load i64, ptr %12, align 4, !tbaa !1
  %155 = add i64 %154, 1
  store i64 %155, ptr %12, align 4, !tbaa !1
  %156 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %157 = getelementptr inbounds double, ptr %156, i64 %154
  %158 = load double, ptr %157, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %158, ptr %153, ptr null)
  %159 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 1)
  %160 = load ptr, ptr %159, align 8
  %161 = load i64, ptr %12, align 4, !tbaa !1
  %162 = add i64 %161, 1
  store i64 %162, ptr %12, align 4, !tbaa !1
  %163 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %164 = getelementptr inbounds double, ptr %163, i64 %161
  %165 = load double, ptr %164, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %165, ptr %160, ptr null)
  %166 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 0)
  %167 = load ptr, ptr %166, align 8
  %168 = load i64, ptr %12, align 4, !tbaa !1
  %169 = add i64 %168, 1
  store i64 %169, ptr %12, align 4, !tbaa !1
  %170 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %171 = getelementptr inbounds double, ptr %170, i64 %168
  %172 = load double, ptr %171, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %172, ptr %167, ptr null)
  %173 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %30)
  %174 = load ptr, ptr %173, align 8
  %175 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %34)
  %176 = load ptr, ptr %175, align 8
  %177 = load i64, ptr %12, align 4, !tbaa !1
  %178 = add i64 %177, 1
  store i64 %178, ptr %12, align 4, !tbaa !1
  %179 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %180 = getelementptr inbounds double, ptr %179, i64 %177
  %181 = load double, ptr %180, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %181, ptr null, i64 2, ptr %174, ptr %176)
  %182 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %43)
  %183 = load ptr, ptr %182, align 8
  %184 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %47)
  %185 = load ptr, ptr %184, align 8
  %186 = load i64, ptr %12, align 4, !tbaa !1
  %187 = add i64 %186, 1
  store i64 %187, ptr %12, align 4, !tbaa !1
  %188 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %189 = getelementptr inbounds double, ptr %188, i64 %186
  %190 = load double, ptr %189, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %190, ptr null, i64 2, ptr %183, ptr %185)
  %191 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %56)
  %192 = load ptr, ptr %191, align 8
  %193 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %60)
  %194 = load ptr, ptr %193, align 8
  %195 = load i64, ptr %12, align 4, !tbaa !1
  %196 = add i64 %195, 1
  store i64 %196, ptr %12, align 4, !tbaa !1
  %197 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %198 = getelementptr inbounds double, ptr %197, i64 %195
  %199 = load double, ptr %198, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %199, ptr null, i64 2, ptr %192, ptr %194)
  %200 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %69)
  %201 = load ptr, ptr %200, align 8
  %202 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %73)
  %203 = load ptr, ptr %202, align 8
  %204 = load i64, ptr %12, align 4, !tbaa !1
  %205 = add i64 %204, 1
  store i64 %205, ptr %12, align 4, !tbaa !1
  %206 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %207 = getelementptr inbounds double, ptr %206, i64 %204
  %208 = load double, ptr %207, align 8, !tbaa !4
  call void (double, ptr, i64, ...) @__catalyst__qis__MultiRZ(double %208, ptr null, i64 2, ptr %201, ptr %203)
  %209 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 0)
  %210 = load ptr, ptr %209, align 8
  %211 = load i64, ptr %12, align 4, !tbaa !1
  %212 = add i64 %211, 1
  store i64 %212, ptr %12, align 4, !tbaa !1
  %213 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %214 = getelementptr inbounds double, ptr %213, i64 %211
  %215 = load double, ptr %214, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %215, ptr %210, ptr null)
  %216 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 1)
  %217 = load ptr, ptr %216, align 8
  %218 = load i64, ptr %12, align 4, !tbaa !1
  %219 = add i64 %218, 1
  store i64 %219, ptr %12, align 4, !tbaa !1
  %220 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %221 = getelementptr inbounds double, ptr %220, i64 %218
  %222 = load double, ptr %221, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %222, ptr %217, ptr null)
  %223 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 2)
  %224 = load ptr, ptr %223, align 8
  %225 = load i64, ptr %12, align 4, !tbaa !1
  %226 = add i64 %225, 1
  store i64 %226, ptr %12, align 4, !tbaa !1
  %227 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %228 = getelementptr inbounds double, ptr %227, i64 %225
  %229 = load double, ptr %228, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %229, ptr %224, ptr null)
  %230 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 3)
  %231 = load ptr, ptr %230, align 8
  %232 = load i64, ptr %12, align 4, !tbaa !1
  %233 = add i64 %232, 1
  store i64 %233, ptr %12, align 4, !tbaa !1
  %234 = extractvalue { ptr, ptr, i64, [1 x i64], [1 x i64] } %10, 1
  %235 = getelementptr inbounds double, ptr %234, i64 %232
  %236 = load double, ptr %235, align 8, !tbaa !4
  call void @__catalyst__qis__RX(double %236, ptr %231, ptr null)
  %237 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %30)
  %238 = load ptr, ptr %237, align 8
  %239 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %238)
  %240 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %34)
  %241 = load ptr, ptr %240, align 8
  %242 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %241)
  %243 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %239, i64 %242)
  %244 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %43)
  %245 = load ptr, ptr %244, align 8
  %246 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %245)
  %247 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %47)
  %248 = load ptr, ptr %247, align 8
  %249 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %248)
  %250 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %246, i64 %249)
  %251 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %56)
  %252 = load ptr, ptr %251, align 8
  %253 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %252)
  %254 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %60)
  %255 = load ptr, ptr %254, align 8
  %256 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %255)
  %257 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %253, i64 %256)
  %258 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %69)
  %259 = load ptr, ptr %258, align 8
  %260 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %259)
  %261 = call ptr @__catalyst__rt__array_get_element_ptr_1d(ptr %21, i64 %73)
  %262 = load ptr, ptr %261, align 8
  %263 = call i64 @__catalyst__qis__NamedObs(i64 3, ptr %262)
  %264 = call i64 (i64, ...) @__catalyst__qis__TensorObs(i64 2, i64 %260, i64 %263)
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %8, ptr %6, align 8
  %265 = call i64 (ptr, i64, ...) @__catalyst__qis__HamiltonianObs(ptr %6, i64 4, i64 %243, i64 %250, i64 %257, i64 %264)
  %266 = call double @__catalyst__qis__Expval(i64 %265)
  %267 = call ptr @_mlir_memref_to_llvm_alloc(i64 72)
  %268 = ptrtoint ptr %267 to i64
  %269 = add i64 %268, 63
  %270 = urem i64 %269, 64
  %271 = sub i64 %269, %270
  %272 = inttoptr i64 %271 to ptr
  store double %266, ptr %272, align 8, !tbaa !4
  call void @__catalyst__rt__qubit_release_array(ptr %21)
  call void @__catalyst__rt__device_release()
  %273 = load double, ptr %272, align 8, !tbaa !4
  %274 = extractvalue { ptr, ptr, i64 } %11, 1
  store double %273, ptr %274, align 8, !tbaa !4
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
  %63 = getelementptr inbounds double, ptr %8, i32 3
  %64 = load double, ptr %63, align 8, !tbaa !4
  %65 = fmul double %62, %64
  %66 = getelementptr inbounds double, ptr %8, i32 2
  %67 = load double, ptr %66, align 8, !tbaa !4
  %68 = fmul double %62, %67
  %69 = getelementptr inbounds double, ptr %8, i32 1
  %70 = load double, ptr %69, align 8, !tbaa !4
  %71 = fmul double %62, %70
  %72 = load double, ptr %8, align 8, !tbaa !4
  %73 = fmul double %62, %72
  %74 = getelementptr inbounds double, ptr %1, i32 4
  %75 = load double, ptr %74, align 8, !tbaa !4
  %76 = fmul double %75, 2.000000e+00
  %77 = getelementptr inbounds double, ptr %1, i32 1
  %78 = load double, ptr %77, align 8, !tbaa !4
  %79 = fmul double %78, 2.000000e+00
  %80 = fmul double %79, %64
  %81 = fmul double %79, %67
  %82 = fmul double %79, %70
  %83 = fmul double %79, %72
  %84 = getelementptr inbounds double, ptr %1, i32 3
  %85 = load double, ptr %84, align 8, !tbaa !4
  %86 = fmul double %85, 2.000000e+00
  %87 = load double, ptr %1, align 8, !tbaa !4
  %88 = fmul double %87, 2.000000e+00
  %89 = fmul double %88, %64
  %90 = fmul double %88, %67
  %91 = fmul double %88, %70
  %92 = fmul double %88, %72
  %93 = load i64, ptr %56, align 4, !tbaa !1
  %94 = getelementptr inbounds double, ptr %50, i64 %93
  store double %92, ptr %94, align 8, !tbaa !4
  %95 = add i64 %93, 1
  store i64 %95, ptr %56, align 4, !tbaa !1
  %96 = load i64, ptr %56, align 4, !tbaa !1
  %97 = getelementptr inbounds double, ptr %50, i64 %96
  store double %91, ptr %97, align 8, !tbaa !4
  %98 = add i64 %96, 1
  store i64 %98, ptr %56, align 4, !tbaa !1
  %99 = load i64, ptr %56, align 4, !tbaa !1
  %100 = getelementptr inbounds double, ptr %50, i64 %99
  store double %90, ptr %100, align 8, !tbaa !4
  %101 = add i64 %99, 1
  store i64 %101, ptr %56, align 4, !tbaa !1
  %102 = load i64, ptr %56, align 4, !tbaa !1
  %103 = getelementptr inbounds double, ptr %50, i64 %102
  store double %89, ptr %103, align 8, !tbaa !4
  %104 = add i64 %102, 1
  store i64 %104, ptr %56, align 4, !tbaa !1
  %105 = load i64, ptr %56, align 4, !tbaa !1
  %106 = getelementptr inbounds double, ptr %50, i64 %105
  store double %86, ptr %106, align 8, !tbaa !4
  %107 = add i64 %105, 1
  store i64 %107, ptr %56, align 4, !tbaa !1
  %108 = load i64, ptr %56, align 4, !tbaa !1
  %109 = getelementptr inbounds double, ptr %50, i64 %108
  store double %86, ptr %109, align 8, !tbaa !4
  %110 = add i64 %108, 1
  store i64 %110, ptr %56, align 4, !tbaa !1
  %111 = load i64, ptr %56, align 4, !tbaa !1
  %112 = getelementptr inbounds double, ptr %50, i64 %111
  store double %86, ptr %112, align 8, !tbaa !4
  %113 = add i64 %111, 1
  store i64 %113, ptr %56, align 4, !tbaa !1
  %114 = load i64, ptr %56, align 4, !tbaa !1
  %115 = getelementptr inbounds double, ptr %50, i64 %114
  store double %86, ptr %115, align 8, !tbaa !4
  %116 = add i64 %114, 1
  store i64 %116, ptr %56, align 4, !tbaa !1
  %117 = load i64, ptr %56, align 4, !tbaa !1
  %118 = getelementptr inbounds double, ptr %50, i64 %117
  store double %83, ptr %118, align 8, !tbaa !4
  %119 = add i64 %117, 1
  store i64 %119, ptr %56, align 4, !tbaa !1
  %120 = load i64, ptr %56, align 4, !tbaa !1
  %121 = getelementptr inbounds double, ptr %50, i64 %120
  store double %82, ptr %121, align 8, !tbaa !4
  %122 = add i64 %120, 1
  store i64 %122, ptr %56, align 4, !tbaa !1
  %123 = load i64, ptr %56, align 4, !tbaa !1
  %124 = getelementptr inbounds double, ptr %50, i64 %123
  store double %81, ptr %124, align 8, !tbaa !4
  %125 = add i64 %123, 1
  store i64 %125, ptr %56, align 4, !tbaa !1
  %126 = load i64, ptr %56, align 4, !tbaa !1
  %127 = getelementptr inbounds double, ptr %50, i64 %126
  store double %80, ptr %127, align 8, !tbaa !4
  %128 = add i64 %126, 1
  store i64 %128, ptr %56, align 4, !tbaa !1
  %129 = load i64, ptr %56, align 4, !tbaa !1
  %130 = getelementptr inbounds double, ptr %50, i64 %129
  store double %76, ptr %130, align 8, !tbaa !4
  %131 = add i64 %129, 1
  store i64 %131, ptr %56, align 4, !tbaa !1
  %132 = load i64, ptr %56, align 4, !tbaa !1
  %133 = getelementptr inbounds double, ptr %50, i64 %132
  store double %76, ptr %133, align 8, !tbaa !4
  %134 = add i64 %132, 1
  store i64 %134, ptr %56, align 4, !tbaa !1
  %135 = load i64, ptr %56, align 4, !tbaa !1
  %136 = getelementptr inbounds double, ptr %50, i64 %135
  store double %76, ptr %136, align 8, !tbaa !4
  %137 = add i64 %135, 1
  store i64 %137, ptr %56, align 4, !tbaa !1
  %138 = load i64, ptr %56, align 4, !tbaa !1
  %139 = getelementptr inbounds double, ptr %50, i64 %138
  store double %76, ptr %139, align 8, !tbaa !4
  %140 = add i64 %138, 1
  store i64 %140, ptr %56, align 4, !tbaa !1
  %141 = load i64, ptr %56, align 4, !tbaa !1
  %142 = getelementptr inbounds double, ptr %50, i64 %141
  store double %73, ptr %142, align 8, !tbaa !4
  %143 = add i64 %141, 1
  store i64 %143, ptr %56, align 4, !tbaa !1
  %144 = load i64, ptr %56, align 4, !tbaa !1
  %145 = getelementptr inbounds double, ptr %50, i64 %144
  store double %71, ptr %145, align 8, !tbaa !4
  %146 = add i64 %144, 1
  store i64 %146, ptr %56, align 4, !tbaa !1
  %147 = load i64, ptr %56, align 4, !tbaa !1
  %148 = getelementptr inbounds double, ptr %50, i64 %147
  store double %68, ptr %148, align 8, !tbaa !4
  %149 = add i64 %147, 1
  store i64 %149, ptr %56, align 4, !tbaa !1
  %150 = load i64, ptr %56, align 4, !tbaa !1
  %151 = getelementptr inbounds double, ptr %50, i64 %150
  store double %65, ptr %151, align 8, !tbaa !4
  %152 = add i64 %150, 1
  store i64 %152, ptr %56, align 4, !tbaa !1
  %153 = load i64, ptr %56, align 4, !tbaa !1
  %154 = getelementptr inbounds double, ptr %50, i64 %153
  store double %59, ptr %154, align 8, !tbaa !4
  %155 = add i64 %153, 1
  store i64 %155, ptr %56, align 4, !tbaa !1
  %156 = load i64, ptr %56, align 4, !tbaa !1
  %157 = getelementptr inbounds double, ptr %50, i64 %156
  store double %59, ptr %157, align 8, !tbaa !4
  %158 = add i64 %156, 1
  store i64 %158, ptr %56, align 4, !tbaa !1
  %159 = load i64, ptr %56, align 4, !tbaa !1
  %160 = getelementptr inbounds double, ptr %50, i64 %159
  store double %59, ptr %160, align 8, !tbaa !4
  %161 = add i64 %159, 1
  store i64 %161, ptr %56, align 4, !tbaa !1
  %162 = load i64, ptr %56, align 4, !tbaa !1
  %163 = getelementptr inbounds double, ptr %50, i64 %162
  store double %59, ptr %163, align 8, !tbaa !4
  %164 = add i64 %162, 1
  store i64 %164, ptr %56, align 4, !tbaa !1
  store { ptr, ptr, i64, [2 x i64], [2 x i64] } %42, ptr %47, align 8
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %35, ptr %46, align 8
  store { ptr, ptr, i64, [2 x i64], [2 x i64] } %30, ptr %45, align 8
  store { ptr, ptr, i64, [1 x i64], [1 x i64] } %55, ptr %44, align 8
  %165 = call ptr @_mlir_memref_to_llvm_alloc(i64 8)
  %166 = insertvalue { ptr, ptr, i64 } poison, ptr %165, 0
  %167 = insertvalue { ptr, ptr, i64 } %166, ptr %165, 1
  %168 = insertvalue { ptr, ptr, i64 } %167, i64 0, 2
  store { ptr, ptr, i64 } %168, ptr %43, align 8
  call void @energy_0.quantum(ptr %47, ptr %46, ptr %45, ptr %44, ptr %43)
  %169 = load double, ptr %165, align 8, !tbaa !4
  store double %169, ptr %21, align 8, !tbaa !4
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
