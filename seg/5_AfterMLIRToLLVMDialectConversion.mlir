module @seg {
  llvm.func @__catalyst__rt__finalize()
  llvm.func @__catalyst__rt__initialize(!llvm.ptr)
  llvm.func @__catalyst__rt__device_release()
  llvm.func @__catalyst__rt__qubit_release_array(!llvm.ptr)
  llvm.func @__catalyst__qis__Expval(i64) -> f64
  llvm.func @__catalyst__qis__HamiltonianObs(!llvm.ptr, i64, ...) -> i64
  llvm.func @__catalyst__qis__TensorObs(i64, ...) -> i64
  llvm.func @__catalyst__qis__NamedObs(i64, !llvm.ptr) -> i64
  llvm.func @__catalyst__qis__RX(f64, !llvm.ptr, !llvm.ptr)
  llvm.func @__catalyst__qis__MultiRZ(f64, !llvm.ptr, i64, ...)
  llvm.func @__catalyst__qis__Hadamard(!llvm.ptr, !llvm.ptr)
  llvm.func @__catalyst__rt__array_get_element_ptr_1d(!llvm.ptr, i64) -> !llvm.ptr
  llvm.func @__catalyst__rt__qubit_allocate_array(i64) -> !llvm.ptr
  llvm.mlir.global internal constant @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}"("{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}\00") {addr_space = 0 : i32}
  llvm.mlir.global internal constant @LightningSimulator("LightningSimulator\00") {addr_space = 0 : i32}
  llvm.mlir.global internal constant @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so"("/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so\00") {addr_space = 0 : i32}
  llvm.func @__catalyst__rt__device_init(!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i1)
  llvm.mlir.global linkonce constant @enzyme_dupnoneed(0 : i8) {addr_space = 0 : i32} : i8
  llvm.mlir.global linkonce constant @enzyme_const(0 : i8) {addr_space = 0 : i32} : i8
  llvm.func @__enzyme_autodiff0(...)
  llvm.mlir.global external @__enzyme_function_like_free() {addr_space = 0 : i32} : !llvm.array<2 x ptr> {
    %0 = llvm.mlir.addressof @_mlir_memref_to_llvm_free : !llvm.ptr
    %1 = llvm.mlir.addressof @freename : !llvm.ptr
    %2 = llvm.mlir.undef : !llvm.array<2 x ptr>
    %3 = llvm.insertvalue %0, %2[0] : !llvm.array<2 x ptr> 
    %4 = llvm.insertvalue %1, %3[1] : !llvm.array<2 x ptr> 
    llvm.return %4 : !llvm.array<2 x ptr>
  }
  llvm.mlir.global linkonce constant @freename("free\00") {addr_space = 0 : i32}
  llvm.mlir.global linkonce constant @dealloc_indices("-1\00") {addr_space = 0 : i32}
  llvm.mlir.global external @__enzyme_allocation_like() {addr_space = 0 : i32} : !llvm.array<4 x ptr> {
    %0 = llvm.mlir.undef : !llvm.array<4 x ptr>
    %1 = llvm.mlir.addressof @_mlir_memref_to_llvm_free : !llvm.ptr
    %2 = llvm.mlir.addressof @dealloc_indices : !llvm.ptr
    %3 = llvm.mlir.addressof @_mlir_memref_to_llvm_alloc : !llvm.ptr
    %4 = llvm.mlir.constant(0 : index) : i64
    %5 = llvm.inttoptr %4 : i64 to !llvm.ptr
    %6 = llvm.insertvalue %3, %0[0] : !llvm.array<4 x ptr> 
    %7 = llvm.insertvalue %5, %6[1] : !llvm.array<4 x ptr> 
    %8 = llvm.insertvalue %2, %7[2] : !llvm.array<4 x ptr> 
    %9 = llvm.insertvalue %1, %8[3] : !llvm.array<4 x ptr> 
    llvm.return %9 : !llvm.array<4 x ptr>
  }
  llvm.func @_mlir_memref_to_llvm_free(!llvm.ptr)
  llvm.func @_mlir_memref_to_llvm_alloc(i64) -> !llvm.ptr
  llvm.mlir.global external @__enzyme_register_gradient_energy_0.quantum() {addr_space = 0 : i32} : !llvm.array<3 x ptr> {
    %0 = llvm.mlir.undef : !llvm.array<3 x ptr>
    %1 = llvm.mlir.addressof @energy_0.quantum.customqgrad : !llvm.ptr
    %2 = llvm.mlir.addressof @energy_0.quantum.augfwd : !llvm.ptr
    %3 = llvm.mlir.addressof @energy_0.quantum : !llvm.ptr
    %4 = llvm.insertvalue %3, %0[0] : !llvm.array<3 x ptr> 
    %5 = llvm.insertvalue %2, %4[1] : !llvm.array<3 x ptr> 
    %6 = llvm.insertvalue %1, %5[2] : !llvm.array<3 x ptr> 
    llvm.return %6 : !llvm.array<3 x ptr>
  }
  llvm.func @__catalyst__qis__Gradient(i64, ...)
  llvm.func @__catalyst__rt__toggle_recorder(i1)
  llvm.mlir.global private constant @__constant_xf64(5.000000e-02 : f64) {addr_space = 0 : i32, alignment = 64 : i64} : f64
  llvm.func @jit_seg(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: !llvm.ptr, %arg20: !llvm.ptr, %arg21: i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> attributes {llvm.copy_memref, llvm.emit_c_interface} {
    %0 = llvm.mlir.constant(64 : index) : i64
    %1 = llvm.mlir.addressof @__constant_xf64 : !llvm.ptr
    %2 = llvm.mlir.zero : !llvm.ptr
    %3 = llvm.mlir.constant(0 : i64) : i64
    %4 = llvm.mlir.constant(1 : i64) : i64
    %5 = llvm.mlir.constant(3735928559 : index) : i64
    %6 = llvm.mlir.constant(0 : index) : i64
    %7 = llvm.mlir.constant(2 : index) : i64
    %8 = llvm.mlir.constant(1 : index) : i64
    %9 = llvm.mlir.constant(3 : index) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %11 = llvm.load %arg20 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %12 = llvm.getelementptr %2[6] : (!llvm.ptr) -> !llvm.ptr, f64
    %13 = llvm.ptrtoint %12 : !llvm.ptr to i64
    %14 = llvm.add %13, %0 : i64
    %15 = llvm.call @_mlir_memref_to_llvm_alloc(%14) : (i64) -> !llvm.ptr
    %16 = llvm.ptrtoint %15 : !llvm.ptr to i64
    %17 = llvm.sub %0, %8 : i64
    %18 = llvm.add %16, %17 : i64
    %19 = llvm.urem %18, %0 : i64
    %20 = llvm.sub %18, %19 : i64
    %21 = llvm.inttoptr %20 : i64 to !llvm.ptr
    %22 = llvm.mul %arg3, %8 : i64
    %23 = llvm.mul %22, %arg4 : i64
    %24 = llvm.getelementptr %2[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %25 = llvm.ptrtoint %24 : !llvm.ptr to i64
    %26 = llvm.mul %23, %25 : i64
    %27 = llvm.getelementptr inbounds %arg1[%arg2] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    "llvm.intr.memcpy"(%21, %27, %26) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %28 = llvm.getelementptr %2[6] : (!llvm.ptr) -> !llvm.ptr, f64
    %29 = llvm.ptrtoint %28 : !llvm.ptr to i64
    %30 = llvm.call @_mlir_memref_to_llvm_alloc(%29) : (i64) -> !llvm.ptr
    %31 = llvm.insertvalue %30, %10[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %32 = llvm.insertvalue %30, %31[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %33 = llvm.insertvalue %6, %32[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %34 = llvm.insertvalue %7, %33[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %35 = llvm.insertvalue %9, %34[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %36 = llvm.insertvalue %9, %35[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %37 = llvm.insertvalue %8, %36[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %38 = llvm.mul %7, %8 : i64
    %39 = llvm.mul %38, %9 : i64
    %40 = llvm.getelementptr %2[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %41 = llvm.ptrtoint %40 : !llvm.ptr to i64
    %42 = llvm.mul %39, %41 : i64
    "llvm.intr.memcpy"(%30, %21, %42) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.call @_mlir_memref_to_llvm_free(%15) : (!llvm.ptr) -> ()
    llvm.br ^bb1(%3, %37 : i64, !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)
  ^bb1(%43: i64, %44: !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>):  // 2 preds: ^bb0, ^bb20
    %45 = llvm.icmp "slt" %43, %11 : i64
    %46 = llvm.getelementptr %2[6] : (!llvm.ptr) -> !llvm.ptr, f64
    %47 = llvm.ptrtoint %46 : !llvm.ptr to i64
    %48 = llvm.add %47, %0 : i64
    %49 = llvm.call @_mlir_memref_to_llvm_alloc(%48) : (i64) -> !llvm.ptr
    %50 = llvm.ptrtoint %49 : !llvm.ptr to i64
    %51 = llvm.sub %0, %8 : i64
    %52 = llvm.add %50, %51 : i64
    %53 = llvm.urem %52, %0 : i64
    %54 = llvm.sub %52, %53 : i64
    %55 = llvm.inttoptr %54 : i64 to !llvm.ptr
    %56 = llvm.extractvalue %44[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %57 = llvm.mul %56, %8 : i64
    %58 = llvm.extractvalue %44[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %59 = llvm.mul %57, %58 : i64
    %60 = llvm.getelementptr %2[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %61 = llvm.ptrtoint %60 : !llvm.ptr to i64
    %62 = llvm.mul %59, %61 : i64
    %63 = llvm.extractvalue %44[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %64 = llvm.extractvalue %44[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %65 = llvm.getelementptr inbounds %63[%64] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    "llvm.intr.memcpy"(%55, %65, %62) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    %66 = llvm.extractvalue %44[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    llvm.call @_mlir_memref_to_llvm_free(%66) : (!llvm.ptr) -> ()
    %67 = llvm.getelementptr %2[6] : (!llvm.ptr) -> !llvm.ptr, f64
    %68 = llvm.ptrtoint %67 : !llvm.ptr to i64
    %69 = llvm.call @_mlir_memref_to_llvm_alloc(%68) : (i64) -> !llvm.ptr
    %70 = llvm.insertvalue %69, %10[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %71 = llvm.insertvalue %69, %70[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %72 = llvm.insertvalue %6, %71[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %73 = llvm.insertvalue %7, %72[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %74 = llvm.insertvalue %9, %73[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %75 = llvm.insertvalue %9, %74[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %76 = llvm.insertvalue %8, %75[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %77 = llvm.mul %7, %8 : i64
    %78 = llvm.mul %77, %9 : i64
    %79 = llvm.getelementptr %2[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %80 = llvm.ptrtoint %79 : !llvm.ptr to i64
    %81 = llvm.mul %78, %80 : i64
    "llvm.intr.memcpy"(%69, %55, %81) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.call @_mlir_memref_to_llvm_free(%49) : (!llvm.ptr) -> ()
    llvm.cond_br %45, ^bb2, ^bb21
  ^bb2:  // pred: ^bb1
    %82 = llvm.call @energy_0.pcount(%69, %69, %6, %7, %9, %9, %8, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18) : (!llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64) -> i64
    %83 = llvm.call @energy_0.fullgrad0(%69, %69, %6, %7, %9, %9, %8, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %82) : (!llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, i64) -> !llvm.struct<(struct<(ptr, ptr, i64)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>
    %84 = llvm.add %43, %4 : i64
    %85 = llvm.getelementptr %2[6] : (!llvm.ptr) -> !llvm.ptr, f64
    %86 = llvm.ptrtoint %85 : !llvm.ptr to i64
    %87 = llvm.add %86, %0 : i64
    %88 = llvm.call @_mlir_memref_to_llvm_alloc(%87) : (i64) -> !llvm.ptr
    %89 = llvm.ptrtoint %88 : !llvm.ptr to i64
    %90 = llvm.sub %0, %8 : i64
    %91 = llvm.add %89, %90 : i64
    %92 = llvm.urem %91, %0 : i64
    %93 = llvm.sub %91, %92 : i64
    %94 = llvm.inttoptr %93 : i64 to !llvm.ptr
    llvm.br ^bb3(%6 : i64)
  ^bb3(%95: i64):  // 2 preds: ^bb2, ^bb7
    %96 = llvm.icmp "slt" %95, %7 : i64
    llvm.cond_br %96, ^bb4, ^bb8
  ^bb4:  // pred: ^bb3
    llvm.br ^bb5(%6 : i64)
  ^bb5(%97: i64):  // 2 preds: ^bb4, ^bb6
    %98 = llvm.icmp "slt" %97, %9 : i64
    llvm.cond_br %98, ^bb6, ^bb7
  ^bb6:  // pred: ^bb5
    %99 = llvm.load %1 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %100 = llvm.mul %95, %9 : i64
    %101 = llvm.add %100, %97 : i64
    %102 = llvm.getelementptr inbounds %94[%101] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %99, %102 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %103 = llvm.add %97, %8 : i64
    llvm.br ^bb5(%103 : i64)
  ^bb7:  // pred: ^bb5
    %104 = llvm.add %95, %8 : i64
    llvm.br ^bb3(%104 : i64)
  ^bb8:  // pred: ^bb3
    llvm.br ^bb9(%6 : i64)
  ^bb9(%105: i64):  // 2 preds: ^bb8, ^bb13
    %106 = llvm.icmp "slt" %105, %7 : i64
    llvm.cond_br %106, ^bb10, ^bb14
  ^bb10:  // pred: ^bb9
    llvm.br ^bb11(%6 : i64)
  ^bb11(%107: i64):  // 2 preds: ^bb10, ^bb12
    %108 = llvm.icmp "slt" %107, %9 : i64
    llvm.cond_br %108, ^bb12, ^bb13
  ^bb12:  // pred: ^bb11
    %109 = llvm.mul %105, %9 : i64
    %110 = llvm.add %109, %107 : i64
    %111 = llvm.getelementptr inbounds %94[%110] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %112 = llvm.load %111 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %113 = llvm.extractvalue %83[1, 1] : !llvm.struct<(struct<(ptr, ptr, i64)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)> 
    %114 = llvm.mul %105, %9 : i64
    %115 = llvm.add %114, %107 : i64
    %116 = llvm.getelementptr inbounds %113[%115] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %117 = llvm.load %116 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %118 = llvm.fmul %112, %117 : f64
    %119 = llvm.mul %105, %9 : i64
    %120 = llvm.add %119, %107 : i64
    %121 = llvm.getelementptr inbounds %94[%120] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %118, %121 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %122 = llvm.add %107, %8 : i64
    llvm.br ^bb11(%122 : i64)
  ^bb13:  // pred: ^bb11
    %123 = llvm.add %105, %8 : i64
    llvm.br ^bb9(%123 : i64)
  ^bb14:  // pred: ^bb9
    llvm.br ^bb15(%6 : i64)
  ^bb15(%124: i64):  // 2 preds: ^bb14, ^bb19
    %125 = llvm.icmp "slt" %124, %7 : i64
    llvm.cond_br %125, ^bb16, ^bb20
  ^bb16:  // pred: ^bb15
    llvm.br ^bb17(%6 : i64)
  ^bb17(%126: i64):  // 2 preds: ^bb16, ^bb18
    %127 = llvm.icmp "slt" %126, %9 : i64
    llvm.cond_br %127, ^bb18, ^bb19
  ^bb18:  // pred: ^bb17
    %128 = llvm.mul %124, %9 : i64
    %129 = llvm.add %128, %126 : i64
    %130 = llvm.getelementptr inbounds %69[%129] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %131 = llvm.load %130 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %132 = llvm.mul %124, %9 : i64
    %133 = llvm.add %132, %126 : i64
    %134 = llvm.getelementptr inbounds %94[%133] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %135 = llvm.load %134 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %136 = llvm.fsub %131, %135 : f64
    %137 = llvm.mul %124, %9 : i64
    %138 = llvm.add %137, %126 : i64
    %139 = llvm.getelementptr inbounds %94[%138] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %136, %139 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %140 = llvm.add %126, %8 : i64
    llvm.br ^bb17(%140 : i64)
  ^bb19:  // pred: ^bb17
    %141 = llvm.add %124, %8 : i64
    llvm.br ^bb15(%141 : i64)
  ^bb20:  // pred: ^bb15
    llvm.call @_mlir_memref_to_llvm_free(%69) : (!llvm.ptr) -> ()
    %142 = llvm.getelementptr %2[6] : (!llvm.ptr) -> !llvm.ptr, f64
    %143 = llvm.ptrtoint %142 : !llvm.ptr to i64
    %144 = llvm.call @_mlir_memref_to_llvm_alloc(%143) : (i64) -> !llvm.ptr
    %145 = llvm.insertvalue %144, %10[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %146 = llvm.insertvalue %144, %145[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %147 = llvm.insertvalue %6, %146[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %148 = llvm.insertvalue %7, %147[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %149 = llvm.insertvalue %9, %148[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %150 = llvm.insertvalue %9, %149[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %151 = llvm.insertvalue %8, %150[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %152 = llvm.mul %7, %8 : i64
    %153 = llvm.mul %152, %9 : i64
    %154 = llvm.getelementptr %2[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %155 = llvm.ptrtoint %154 : !llvm.ptr to i64
    %156 = llvm.mul %153, %155 : i64
    "llvm.intr.memcpy"(%144, %94, %156) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.call @_mlir_memref_to_llvm_free(%88) : (!llvm.ptr) -> ()
    llvm.br ^bb1(%84, %151 : i64, !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)
  ^bb21:  // pred: ^bb1
    %157 = llvm.ptrtoint %69 : !llvm.ptr to i64
    %158 = llvm.icmp "eq" %5, %157 : i64
    llvm.cond_br %158, ^bb22, ^bb23
  ^bb22:  // pred: ^bb21
    %159 = llvm.getelementptr %2[6] : (!llvm.ptr) -> !llvm.ptr, f64
    %160 = llvm.ptrtoint %159 : !llvm.ptr to i64
    %161 = llvm.call @_mlir_memref_to_llvm_alloc(%160) : (i64) -> !llvm.ptr
    %162 = llvm.insertvalue %161, %10[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %163 = llvm.insertvalue %161, %162[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %164 = llvm.insertvalue %6, %163[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %165 = llvm.insertvalue %7, %164[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %166 = llvm.insertvalue %9, %165[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %167 = llvm.insertvalue %9, %166[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %168 = llvm.insertvalue %8, %167[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %169 = llvm.mul %7, %8 : i64
    %170 = llvm.mul %169, %9 : i64
    %171 = llvm.getelementptr %2[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %172 = llvm.ptrtoint %171 : !llvm.ptr to i64
    %173 = llvm.mul %170, %172 : i64
    "llvm.intr.memcpy"(%161, %69, %173) <{isVolatile = false}> : (!llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.br ^bb24(%168 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)
  ^bb23:  // pred: ^bb21
    llvm.br ^bb24(%76 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)
  ^bb24(%174: !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>):  // 2 preds: ^bb22, ^bb23
    llvm.br ^bb25
  ^bb25:  // pred: ^bb24
    llvm.return %174 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
  }
  llvm.func @_catalyst_pyface_jit_seg(%arg0: !llvm.ptr, %arg1: !llvm.ptr) {
    %0 = llvm.load %arg1 : !llvm.ptr -> !llvm.struct<(ptr, ptr, ptr, ptr, ptr)>
    %1 = llvm.extractvalue %0[0] : !llvm.struct<(ptr, ptr, ptr, ptr, ptr)> 
    %2 = llvm.extractvalue %0[1] : !llvm.struct<(ptr, ptr, ptr, ptr, ptr)> 
    %3 = llvm.extractvalue %0[2] : !llvm.struct<(ptr, ptr, ptr, ptr, ptr)> 
    %4 = llvm.extractvalue %0[3] : !llvm.struct<(ptr, ptr, ptr, ptr, ptr)> 
    llvm.call @_catalyst_ciface_jit_seg(%arg0, %1, %2, %3, %4) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr) -> ()
    llvm.return
  }
  llvm.func @_catalyst_ciface_jit_seg(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr) attributes {llvm.copy_memref, llvm.emit_c_interface} {
    %0 = llvm.load %arg1 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %1 = llvm.extractvalue %0[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %2 = llvm.extractvalue %0[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %3 = llvm.extractvalue %0[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %4 = llvm.extractvalue %0[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %5 = llvm.extractvalue %0[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %6 = llvm.extractvalue %0[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %7 = llvm.extractvalue %0[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %8 = llvm.load %arg2 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %9 = llvm.extractvalue %8[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %10 = llvm.extractvalue %8[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %11 = llvm.extractvalue %8[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %12 = llvm.extractvalue %8[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %13 = llvm.extractvalue %8[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %14 = llvm.load %arg3 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %15 = llvm.extractvalue %14[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %16 = llvm.extractvalue %14[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %17 = llvm.extractvalue %14[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %18 = llvm.extractvalue %14[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %19 = llvm.extractvalue %14[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %20 = llvm.extractvalue %14[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %21 = llvm.extractvalue %14[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %22 = llvm.load %arg4 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64)>
    %23 = llvm.extractvalue %22[0] : !llvm.struct<(ptr, ptr, i64)> 
    %24 = llvm.extractvalue %22[1] : !llvm.struct<(ptr, ptr, i64)> 
    %25 = llvm.extractvalue %22[2] : !llvm.struct<(ptr, ptr, i64)> 
    %26 = llvm.call @jit_seg(%1, %2, %3, %4, %5, %6, %7, %9, %10, %11, %12, %13, %15, %16, %17, %18, %19, %20, %21, %23, %24, %25) : (!llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64) -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    llvm.store %26, %arg0 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr
    llvm.return
  }
  llvm.func internal @energy_0(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64) -> !llvm.struct<(ptr, ptr, i64)> attributes {diff_method = "adjoint", qnode} {
    %0 = llvm.mlir.constant(64 : index) : i64
    %1 = llvm.mlir.constant(2 : i64) : i64
    %2 = llvm.mlir.zero : !llvm.ptr
    %3 = llvm.mlir.constant(3 : i64) : i64
    %4 = llvm.mlir.constant(4 : i64) : i64
    %5 = llvm.mlir.constant(false) : i1
    %6 = llvm.mlir.addressof @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}" : !llvm.ptr
    %7 = llvm.mlir.addressof @LightningSimulator : !llvm.ptr
    %8 = llvm.mlir.addressof @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so" : !llvm.ptr
    %9 = llvm.mlir.constant(1 : index) : i64
    %10 = llvm.mlir.constant(0 : index) : i64
    %11 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %12 = llvm.mlir.constant(2.000000e+00 : f64) : f64
    %13 = llvm.mlir.constant(0 : i64) : i64
    %14 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %15 = llvm.mlir.constant(1 : i64) : i64
    %16 = llvm.alloca %15 x !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> : (i64) -> !llvm.ptr
    %17 = llvm.insertvalue %arg7, %14[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %18 = llvm.insertvalue %arg8, %17[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %19 = llvm.insertvalue %arg9, %18[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %20 = llvm.insertvalue %arg10, %19[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %21 = llvm.insertvalue %arg11, %20[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %22 = llvm.getelementptr inbounds %arg1[5] : (!llvm.ptr) -> !llvm.ptr, f64
    %23 = llvm.load %22 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %24 = llvm.fmul %23, %12 : f64
    %25 = llvm.getelementptr inbounds %arg1[2] : (!llvm.ptr) -> !llvm.ptr, f64
    %26 = llvm.load %25 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %27 = llvm.fmul %26, %12 : f64
    %28 = llvm.getelementptr inbounds %arg8[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %29 = llvm.load %28 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %30 = llvm.fmul %27, %29 : f64
    %31 = llvm.getelementptr inbounds %arg8[2] : (!llvm.ptr) -> !llvm.ptr, f64
    %32 = llvm.load %31 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %33 = llvm.fmul %27, %32 : f64
    %34 = llvm.getelementptr inbounds %arg8[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %35 = llvm.load %34 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %36 = llvm.fmul %27, %35 : f64
    %37 = llvm.load %arg8 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %38 = llvm.fmul %27, %37 : f64
    %39 = llvm.getelementptr inbounds %arg1[4] : (!llvm.ptr) -> !llvm.ptr, f64
    %40 = llvm.load %39 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %41 = llvm.fmul %40, %12 : f64
    %42 = llvm.getelementptr inbounds %arg1[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %43 = llvm.load %42 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %44 = llvm.fmul %43, %12 : f64
    %45 = llvm.fmul %44, %29 : f64
    %46 = llvm.fmul %44, %32 : f64
    %47 = llvm.fmul %44, %35 : f64
    %48 = llvm.fmul %44, %37 : f64
    %49 = llvm.getelementptr inbounds %arg1[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %50 = llvm.load %49 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %51 = llvm.fmul %50, %12 : f64
    %52 = llvm.load %arg1 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %53 = llvm.fmul %52, %12 : f64
    %54 = llvm.fmul %53, %29 : f64
    %55 = llvm.fmul %53, %32 : f64
    %56 = llvm.fmul %53, %35 : f64
    %57 = llvm.fmul %53, %37 : f64
    %58 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<97 x i8>
    %59 = llvm.getelementptr inbounds %7[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<19 x i8>
    %60 = llvm.getelementptr inbounds %6[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<54 x i8>
    llvm.call @__catalyst__rt__device_init(%58, %59, %60, %13, %5) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i1) -> ()
    %61 = llvm.call @__catalyst__rt__qubit_allocate_array(%4) : (i64) -> !llvm.ptr
    %62 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %63 = llvm.load %62 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%63, %2) : (!llvm.ptr, !llvm.ptr) -> ()
    %64 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %65 = llvm.load %64 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%65, %2) : (!llvm.ptr, !llvm.ptr) -> ()
    %66 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %15) : (!llvm.ptr, i64) -> !llvm.ptr
    %67 = llvm.load %66 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%67, %2) : (!llvm.ptr, !llvm.ptr) -> ()
    %68 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %13) : (!llvm.ptr, i64) -> !llvm.ptr
    %69 = llvm.load %68 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%69, %2) : (!llvm.ptr, !llvm.ptr) -> ()
    %70 = llvm.load %arg13 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %71 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %70) : (!llvm.ptr, i64) -> !llvm.ptr
    %72 = llvm.load %71 : !llvm.ptr -> !llvm.ptr
    %73 = llvm.getelementptr inbounds %arg13[1] : (!llvm.ptr) -> !llvm.ptr, i64
    %74 = llvm.load %73 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %75 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %74) : (!llvm.ptr, i64) -> !llvm.ptr
    %76 = llvm.load %75 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%57, %2, %1, %72, %76) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %77 = llvm.getelementptr inbounds %arg13[2] : (!llvm.ptr) -> !llvm.ptr, i64
    %78 = llvm.load %77 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %79 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %80 = llvm.load %79 : !llvm.ptr -> !llvm.ptr
    %81 = llvm.getelementptr inbounds %arg13[3] : (!llvm.ptr) -> !llvm.ptr, i64
    %82 = llvm.load %81 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %83 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %84 = llvm.load %83 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%56, %2, %1, %80, %84) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %85 = llvm.getelementptr inbounds %arg13[4] : (!llvm.ptr) -> !llvm.ptr, i64
    %86 = llvm.load %85 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %87 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %86) : (!llvm.ptr, i64) -> !llvm.ptr
    %88 = llvm.load %87 : !llvm.ptr -> !llvm.ptr
    %89 = llvm.getelementptr inbounds %arg13[5] : (!llvm.ptr) -> !llvm.ptr, i64
    %90 = llvm.load %89 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %91 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %90) : (!llvm.ptr, i64) -> !llvm.ptr
    %92 = llvm.load %91 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%55, %2, %1, %88, %92) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %93 = llvm.getelementptr inbounds %arg13[6] : (!llvm.ptr) -> !llvm.ptr, i64
    %94 = llvm.load %93 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %95 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %94) : (!llvm.ptr, i64) -> !llvm.ptr
    %96 = llvm.load %95 : !llvm.ptr -> !llvm.ptr
    %97 = llvm.getelementptr inbounds %arg13[7] : (!llvm.ptr) -> !llvm.ptr, i64
    %98 = llvm.load %97 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %99 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %98) : (!llvm.ptr, i64) -> !llvm.ptr
    %100 = llvm.load %99 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%54, %2, %1, %96, %100) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %101 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %102 = llvm.load %101 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%51, %102, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %103 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %104 = llvm.load %103 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%51, %104, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %105 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %15) : (!llvm.ptr, i64) -> !llvm.ptr
    %106 = llvm.load %105 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%51, %106, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %107 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %13) : (!llvm.ptr, i64) -> !llvm.ptr
    %108 = llvm.load %107 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%51, %108, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %109 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %70) : (!llvm.ptr, i64) -> !llvm.ptr
    %110 = llvm.load %109 : !llvm.ptr -> !llvm.ptr
    %111 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %74) : (!llvm.ptr, i64) -> !llvm.ptr
    %112 = llvm.load %111 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%48, %2, %1, %110, %112) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %113 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %114 = llvm.load %113 : !llvm.ptr -> !llvm.ptr
    %115 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %116 = llvm.load %115 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%47, %2, %1, %114, %116) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %117 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %86) : (!llvm.ptr, i64) -> !llvm.ptr
    %118 = llvm.load %117 : !llvm.ptr -> !llvm.ptr
    %119 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %90) : (!llvm.ptr, i64) -> !llvm.ptr
    %120 = llvm.load %119 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%46, %2, %1, %118, %120) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %121 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %94) : (!llvm.ptr, i64) -> !llvm.ptr
    %122 = llvm.load %121 : !llvm.ptr -> !llvm.ptr
    %123 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %98) : (!llvm.ptr, i64) -> !llvm.ptr
    %124 = llvm.load %123 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%45, %2, %1, %122, %124) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %125 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %126 = llvm.load %125 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%41, %126, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %127 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %128 = llvm.load %127 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%41, %128, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %129 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %15) : (!llvm.ptr, i64) -> !llvm.ptr
    %130 = llvm.load %129 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%41, %130, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %131 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %13) : (!llvm.ptr, i64) -> !llvm.ptr
    %132 = llvm.load %131 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%41, %132, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %133 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %70) : (!llvm.ptr, i64) -> !llvm.ptr
    %134 = llvm.load %133 : !llvm.ptr -> !llvm.ptr
    %135 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %74) : (!llvm.ptr, i64) -> !llvm.ptr
    %136 = llvm.load %135 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%38, %2, %1, %134, %136) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %137 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %138 = llvm.load %137 : !llvm.ptr -> !llvm.ptr
    %139 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %140 = llvm.load %139 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%36, %2, %1, %138, %140) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %141 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %86) : (!llvm.ptr, i64) -> !llvm.ptr
    %142 = llvm.load %141 : !llvm.ptr -> !llvm.ptr
    %143 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %90) : (!llvm.ptr, i64) -> !llvm.ptr
    %144 = llvm.load %143 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%33, %2, %1, %142, %144) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %145 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %94) : (!llvm.ptr, i64) -> !llvm.ptr
    %146 = llvm.load %145 : !llvm.ptr -> !llvm.ptr
    %147 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %98) : (!llvm.ptr, i64) -> !llvm.ptr
    %148 = llvm.load %147 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%30, %2, %1, %146, %148) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %149 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %13) : (!llvm.ptr, i64) -> !llvm.ptr
    %150 = llvm.load %149 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%24, %150, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %151 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %15) : (!llvm.ptr, i64) -> !llvm.ptr
    %152 = llvm.load %151 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%24, %152, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %153 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %154 = llvm.load %153 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%24, %154, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %155 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %156 = llvm.load %155 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%24, %156, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %157 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %70) : (!llvm.ptr, i64) -> !llvm.ptr
    %158 = llvm.load %157 : !llvm.ptr -> !llvm.ptr
    %159 = llvm.call @__catalyst__qis__NamedObs(%3, %158) : (i64, !llvm.ptr) -> i64
    %160 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %74) : (!llvm.ptr, i64) -> !llvm.ptr
    %161 = llvm.load %160 : !llvm.ptr -> !llvm.ptr
    %162 = llvm.call @__catalyst__qis__NamedObs(%3, %161) : (i64, !llvm.ptr) -> i64
    %163 = llvm.call @__catalyst__qis__TensorObs(%1, %159, %162) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %164 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %165 = llvm.load %164 : !llvm.ptr -> !llvm.ptr
    %166 = llvm.call @__catalyst__qis__NamedObs(%3, %165) : (i64, !llvm.ptr) -> i64
    %167 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %168 = llvm.load %167 : !llvm.ptr -> !llvm.ptr
    %169 = llvm.call @__catalyst__qis__NamedObs(%3, %168) : (i64, !llvm.ptr) -> i64
    %170 = llvm.call @__catalyst__qis__TensorObs(%1, %166, %169) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %171 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %86) : (!llvm.ptr, i64) -> !llvm.ptr
    %172 = llvm.load %171 : !llvm.ptr -> !llvm.ptr
    %173 = llvm.call @__catalyst__qis__NamedObs(%3, %172) : (i64, !llvm.ptr) -> i64
    %174 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %90) : (!llvm.ptr, i64) -> !llvm.ptr
    %175 = llvm.load %174 : !llvm.ptr -> !llvm.ptr
    %176 = llvm.call @__catalyst__qis__NamedObs(%3, %175) : (i64, !llvm.ptr) -> i64
    %177 = llvm.call @__catalyst__qis__TensorObs(%1, %173, %176) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %178 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %94) : (!llvm.ptr, i64) -> !llvm.ptr
    %179 = llvm.load %178 : !llvm.ptr -> !llvm.ptr
    %180 = llvm.call @__catalyst__qis__NamedObs(%3, %179) : (i64, !llvm.ptr) -> i64
    %181 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%61, %98) : (!llvm.ptr, i64) -> !llvm.ptr
    %182 = llvm.load %181 : !llvm.ptr -> !llvm.ptr
    %183 = llvm.call @__catalyst__qis__NamedObs(%3, %182) : (i64, !llvm.ptr) -> i64
    %184 = llvm.call @__catalyst__qis__TensorObs(%1, %180, %183) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    llvm.store %21, %16 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %185 = llvm.call @__catalyst__qis__HamiltonianObs(%16, %4, %163, %170, %177, %184) vararg(!llvm.func<i64 (ptr, i64, ...)>) : (!llvm.ptr, i64, i64, i64, i64, i64) -> i64
    %186 = llvm.call @__catalyst__qis__Expval(%185) : (i64) -> f64
    %187 = llvm.getelementptr %2[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %188 = llvm.ptrtoint %187 : !llvm.ptr to i64
    %189 = llvm.add %188, %0 : i64
    %190 = llvm.call @_mlir_memref_to_llvm_alloc(%189) : (i64) -> !llvm.ptr
    %191 = llvm.ptrtoint %190 : !llvm.ptr to i64
    %192 = llvm.sub %0, %9 : i64
    %193 = llvm.add %191, %192 : i64
    %194 = llvm.urem %193, %0 : i64
    %195 = llvm.sub %193, %194 : i64
    %196 = llvm.inttoptr %195 : i64 to !llvm.ptr
    %197 = llvm.insertvalue %190, %11[0] : !llvm.struct<(ptr, ptr, i64)> 
    %198 = llvm.insertvalue %196, %197[1] : !llvm.struct<(ptr, ptr, i64)> 
    %199 = llvm.insertvalue %10, %198[2] : !llvm.struct<(ptr, ptr, i64)> 
    llvm.store %186, %196 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    llvm.call @__catalyst__rt__qubit_release_array(%61) : (!llvm.ptr) -> ()
    llvm.call @__catalyst__rt__device_release() : () -> ()
    llvm.return %199 : !llvm.struct<(ptr, ptr, i64)>
  }
  llvm.func @energy_0.adjoint(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> attributes {sym_visibility = "private"} {
    %0 = llvm.mlir.constant(0 : index) : i64
    %1 = llvm.mlir.zero : !llvm.ptr
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(true) : i1
    %4 = llvm.mlir.constant(false) : i1
    %5 = llvm.mlir.constant(1 : i64) : i64
    %6 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %7 = llvm.getelementptr %1[%arg19] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %8 = llvm.ptrtoint %7 : !llvm.ptr to i64
    %9 = llvm.call @_mlir_memref_to_llvm_alloc(%8) : (i64) -> !llvm.ptr
    %10 = llvm.insertvalue %9, %6[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %11 = llvm.insertvalue %9, %10[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %12 = llvm.insertvalue %0, %11[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %13 = llvm.insertvalue %arg19, %12[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %14 = llvm.insertvalue %2, %13[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    llvm.call @__catalyst__rt__toggle_recorder(%3) : (i1) -> ()
    %15 = llvm.call @energy_0.nodealloc(%arg0, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18) : (!llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64) -> !llvm.ptr
    llvm.call @__catalyst__rt__toggle_recorder(%4) : (i1) -> ()
    %16 = llvm.alloca %5 x !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> : (i64) -> !llvm.ptr
    llvm.store %14, %16 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    llvm.call @__catalyst__qis__Gradient(%5, %16) vararg(!llvm.func<void (i64, ...)>) : (i64, !llvm.ptr) -> ()
    llvm.call @__catalyst__rt__qubit_release_array(%15) : (!llvm.ptr) -> ()
    llvm.call @__catalyst__rt__device_release() : () -> ()
    llvm.return %14 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
  }
  llvm.func @energy_0.nodealloc(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64) -> !llvm.ptr attributes {sym_visibility = "private"} {
    %0 = llvm.mlir.constant(2 : i64) : i64
    %1 = llvm.mlir.zero : !llvm.ptr
    %2 = llvm.mlir.constant(3 : i64) : i64
    %3 = llvm.mlir.constant(4 : i64) : i64
    %4 = llvm.mlir.constant(false) : i1
    %5 = llvm.mlir.addressof @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}" : !llvm.ptr
    %6 = llvm.mlir.addressof @LightningSimulator : !llvm.ptr
    %7 = llvm.mlir.addressof @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so" : !llvm.ptr
    %8 = llvm.mlir.constant(2.000000e+00 : f64) : f64
    %9 = llvm.mlir.constant(0 : i64) : i64
    %10 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %11 = llvm.mlir.constant(1 : i64) : i64
    %12 = llvm.alloca %11 x !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> : (i64) -> !llvm.ptr
    %13 = llvm.insertvalue %arg7, %10[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %14 = llvm.insertvalue %arg8, %13[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %15 = llvm.insertvalue %arg9, %14[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %16 = llvm.insertvalue %arg10, %15[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %17 = llvm.insertvalue %arg11, %16[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %18 = llvm.getelementptr inbounds %arg1[5] : (!llvm.ptr) -> !llvm.ptr, f64
    %19 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %20 = llvm.fmul %19, %8 : f64
    %21 = llvm.getelementptr inbounds %arg1[2] : (!llvm.ptr) -> !llvm.ptr, f64
    %22 = llvm.load %21 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %23 = llvm.fmul %22, %8 : f64
    %24 = llvm.getelementptr inbounds %arg8[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %25 = llvm.load %24 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %26 = llvm.fmul %23, %25 : f64
    %27 = llvm.getelementptr inbounds %arg8[2] : (!llvm.ptr) -> !llvm.ptr, f64
    %28 = llvm.load %27 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %29 = llvm.fmul %23, %28 : f64
    %30 = llvm.getelementptr inbounds %arg8[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %31 = llvm.load %30 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %32 = llvm.fmul %23, %31 : f64
    %33 = llvm.load %arg8 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %34 = llvm.fmul %23, %33 : f64
    %35 = llvm.getelementptr inbounds %arg1[4] : (!llvm.ptr) -> !llvm.ptr, f64
    %36 = llvm.load %35 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %37 = llvm.fmul %36, %8 : f64
    %38 = llvm.getelementptr inbounds %arg1[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %39 = llvm.load %38 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %40 = llvm.fmul %39, %8 : f64
    %41 = llvm.fmul %40, %25 : f64
    %42 = llvm.fmul %40, %28 : f64
    %43 = llvm.fmul %40, %31 : f64
    %44 = llvm.fmul %40, %33 : f64
    %45 = llvm.getelementptr inbounds %arg1[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %46 = llvm.load %45 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %47 = llvm.fmul %46, %8 : f64
    %48 = llvm.load %arg1 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %49 = llvm.fmul %48, %8 : f64
    %50 = llvm.fmul %49, %25 : f64
    %51 = llvm.fmul %49, %28 : f64
    %52 = llvm.fmul %49, %31 : f64
    %53 = llvm.fmul %49, %33 : f64
    %54 = llvm.getelementptr inbounds %7[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<97 x i8>
    %55 = llvm.getelementptr inbounds %6[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<19 x i8>
    %56 = llvm.getelementptr inbounds %5[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<54 x i8>
    llvm.call @__catalyst__rt__device_init(%54, %55, %56, %9, %4) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i1) -> ()
    %57 = llvm.call @__catalyst__rt__qubit_allocate_array(%3) : (i64) -> !llvm.ptr
    %58 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %59 = llvm.load %58 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%59, %1) : (!llvm.ptr, !llvm.ptr) -> ()
    %60 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %0) : (!llvm.ptr, i64) -> !llvm.ptr
    %61 = llvm.load %60 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%61, %1) : (!llvm.ptr, !llvm.ptr) -> ()
    %62 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %63 = llvm.load %62 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%63, %1) : (!llvm.ptr, !llvm.ptr) -> ()
    %64 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %65 = llvm.load %64 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%65, %1) : (!llvm.ptr, !llvm.ptr) -> ()
    %66 = llvm.load %arg13 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %67 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %66) : (!llvm.ptr, i64) -> !llvm.ptr
    %68 = llvm.load %67 : !llvm.ptr -> !llvm.ptr
    %69 = llvm.getelementptr inbounds %arg13[1] : (!llvm.ptr) -> !llvm.ptr, i64
    %70 = llvm.load %69 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %71 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %70) : (!llvm.ptr, i64) -> !llvm.ptr
    %72 = llvm.load %71 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%53, %1, %0, %68, %72) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %73 = llvm.getelementptr inbounds %arg13[2] : (!llvm.ptr) -> !llvm.ptr, i64
    %74 = llvm.load %73 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %75 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %74) : (!llvm.ptr, i64) -> !llvm.ptr
    %76 = llvm.load %75 : !llvm.ptr -> !llvm.ptr
    %77 = llvm.getelementptr inbounds %arg13[3] : (!llvm.ptr) -> !llvm.ptr, i64
    %78 = llvm.load %77 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %79 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %80 = llvm.load %79 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%52, %1, %0, %76, %80) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %81 = llvm.getelementptr inbounds %arg13[4] : (!llvm.ptr) -> !llvm.ptr, i64
    %82 = llvm.load %81 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %83 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %84 = llvm.load %83 : !llvm.ptr -> !llvm.ptr
    %85 = llvm.getelementptr inbounds %arg13[5] : (!llvm.ptr) -> !llvm.ptr, i64
    %86 = llvm.load %85 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %87 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %86) : (!llvm.ptr, i64) -> !llvm.ptr
    %88 = llvm.load %87 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%51, %1, %0, %84, %88) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %89 = llvm.getelementptr inbounds %arg13[6] : (!llvm.ptr) -> !llvm.ptr, i64
    %90 = llvm.load %89 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %91 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %90) : (!llvm.ptr, i64) -> !llvm.ptr
    %92 = llvm.load %91 : !llvm.ptr -> !llvm.ptr
    %93 = llvm.getelementptr inbounds %arg13[7] : (!llvm.ptr) -> !llvm.ptr, i64
    %94 = llvm.load %93 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %95 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %94) : (!llvm.ptr, i64) -> !llvm.ptr
    %96 = llvm.load %95 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%50, %1, %0, %92, %96) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %97 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %98 = llvm.load %97 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%47, %98, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %99 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %0) : (!llvm.ptr, i64) -> !llvm.ptr
    %100 = llvm.load %99 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%47, %100, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %101 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %102 = llvm.load %101 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%47, %102, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %103 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %104 = llvm.load %103 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%47, %104, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %105 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %66) : (!llvm.ptr, i64) -> !llvm.ptr
    %106 = llvm.load %105 : !llvm.ptr -> !llvm.ptr
    %107 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %70) : (!llvm.ptr, i64) -> !llvm.ptr
    %108 = llvm.load %107 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%44, %1, %0, %106, %108) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %109 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %74) : (!llvm.ptr, i64) -> !llvm.ptr
    %110 = llvm.load %109 : !llvm.ptr -> !llvm.ptr
    %111 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %112 = llvm.load %111 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%43, %1, %0, %110, %112) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %113 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %114 = llvm.load %113 : !llvm.ptr -> !llvm.ptr
    %115 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %86) : (!llvm.ptr, i64) -> !llvm.ptr
    %116 = llvm.load %115 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%42, %1, %0, %114, %116) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %117 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %90) : (!llvm.ptr, i64) -> !llvm.ptr
    %118 = llvm.load %117 : !llvm.ptr -> !llvm.ptr
    %119 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %94) : (!llvm.ptr, i64) -> !llvm.ptr
    %120 = llvm.load %119 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%41, %1, %0, %118, %120) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %121 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %122 = llvm.load %121 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%37, %122, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %123 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %0) : (!llvm.ptr, i64) -> !llvm.ptr
    %124 = llvm.load %123 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%37, %124, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %125 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %126 = llvm.load %125 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%37, %126, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %127 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %128 = llvm.load %127 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%37, %128, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %129 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %66) : (!llvm.ptr, i64) -> !llvm.ptr
    %130 = llvm.load %129 : !llvm.ptr -> !llvm.ptr
    %131 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %70) : (!llvm.ptr, i64) -> !llvm.ptr
    %132 = llvm.load %131 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%34, %1, %0, %130, %132) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %133 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %74) : (!llvm.ptr, i64) -> !llvm.ptr
    %134 = llvm.load %133 : !llvm.ptr -> !llvm.ptr
    %135 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %136 = llvm.load %135 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%32, %1, %0, %134, %136) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %137 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %138 = llvm.load %137 : !llvm.ptr -> !llvm.ptr
    %139 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %86) : (!llvm.ptr, i64) -> !llvm.ptr
    %140 = llvm.load %139 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%29, %1, %0, %138, %140) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %141 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %90) : (!llvm.ptr, i64) -> !llvm.ptr
    %142 = llvm.load %141 : !llvm.ptr -> !llvm.ptr
    %143 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %94) : (!llvm.ptr, i64) -> !llvm.ptr
    %144 = llvm.load %143 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%26, %1, %0, %142, %144) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %145 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %146 = llvm.load %145 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%20, %146, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %147 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %148 = llvm.load %147 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%20, %148, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %149 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %0) : (!llvm.ptr, i64) -> !llvm.ptr
    %150 = llvm.load %149 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%20, %150, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %151 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %152 = llvm.load %151 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%20, %152, %1) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %153 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %66) : (!llvm.ptr, i64) -> !llvm.ptr
    %154 = llvm.load %153 : !llvm.ptr -> !llvm.ptr
    %155 = llvm.call @__catalyst__qis__NamedObs(%2, %154) : (i64, !llvm.ptr) -> i64
    %156 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %70) : (!llvm.ptr, i64) -> !llvm.ptr
    %157 = llvm.load %156 : !llvm.ptr -> !llvm.ptr
    %158 = llvm.call @__catalyst__qis__NamedObs(%2, %157) : (i64, !llvm.ptr) -> i64
    %159 = llvm.call @__catalyst__qis__TensorObs(%0, %155, %158) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %160 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %74) : (!llvm.ptr, i64) -> !llvm.ptr
    %161 = llvm.load %160 : !llvm.ptr -> !llvm.ptr
    %162 = llvm.call @__catalyst__qis__NamedObs(%2, %161) : (i64, !llvm.ptr) -> i64
    %163 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %164 = llvm.load %163 : !llvm.ptr -> !llvm.ptr
    %165 = llvm.call @__catalyst__qis__NamedObs(%2, %164) : (i64, !llvm.ptr) -> i64
    %166 = llvm.call @__catalyst__qis__TensorObs(%0, %162, %165) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %167 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %168 = llvm.load %167 : !llvm.ptr -> !llvm.ptr
    %169 = llvm.call @__catalyst__qis__NamedObs(%2, %168) : (i64, !llvm.ptr) -> i64
    %170 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %86) : (!llvm.ptr, i64) -> !llvm.ptr
    %171 = llvm.load %170 : !llvm.ptr -> !llvm.ptr
    %172 = llvm.call @__catalyst__qis__NamedObs(%2, %171) : (i64, !llvm.ptr) -> i64
    %173 = llvm.call @__catalyst__qis__TensorObs(%0, %169, %172) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %174 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %90) : (!llvm.ptr, i64) -> !llvm.ptr
    %175 = llvm.load %174 : !llvm.ptr -> !llvm.ptr
    %176 = llvm.call @__catalyst__qis__NamedObs(%2, %175) : (i64, !llvm.ptr) -> i64
    %177 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%57, %94) : (!llvm.ptr, i64) -> !llvm.ptr
    %178 = llvm.load %177 : !llvm.ptr -> !llvm.ptr
    %179 = llvm.call @__catalyst__qis__NamedObs(%2, %178) : (i64, !llvm.ptr) -> i64
    %180 = llvm.call @__catalyst__qis__TensorObs(%0, %176, %179) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    llvm.store %17, %12 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %181 = llvm.call @__catalyst__qis__HamiltonianObs(%12, %3, %159, %166, %173, %180) vararg(!llvm.func<i64 (ptr, i64, ...)>) : (!llvm.ptr, i64, i64, i64, i64, i64) -> i64
    %182 = llvm.call @__catalyst__qis__Expval(%181) : (i64) -> f64
    llvm.return %57 : !llvm.ptr
  }
  llvm.func @energy_0.pcount(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64) -> i64 attributes {sym_visibility = "private"} {
    %0 = llvm.mlir.constant(1 : index) : i64
    %1 = llvm.mlir.constant(1 : i64) : i64
    %2 = llvm.mlir.constant(0 : i64) : i64
    %3 = llvm.alloca %0 x i64 : (i64) -> !llvm.ptr
    llvm.store %2, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %4 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %5 = llvm.add %4, %1 : i64
    llvm.store %5, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %6 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %7 = llvm.add %6, %1 : i64
    llvm.store %7, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %8 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %9 = llvm.add %8, %1 : i64
    llvm.store %9, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %10 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %11 = llvm.add %10, %1 : i64
    llvm.store %11, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %12 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %13 = llvm.add %12, %1 : i64
    llvm.store %13, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %14 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %15 = llvm.add %14, %1 : i64
    llvm.store %15, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %16 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %17 = llvm.add %16, %1 : i64
    llvm.store %17, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %18 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %19 = llvm.add %18, %1 : i64
    llvm.store %19, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %20 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %21 = llvm.add %20, %1 : i64
    llvm.store %21, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %22 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %23 = llvm.add %22, %1 : i64
    llvm.store %23, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %24 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %25 = llvm.add %24, %1 : i64
    llvm.store %25, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %26 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %27 = llvm.add %26, %1 : i64
    llvm.store %27, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %28 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %29 = llvm.add %28, %1 : i64
    llvm.store %29, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %30 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %31 = llvm.add %30, %1 : i64
    llvm.store %31, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %32 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %33 = llvm.add %32, %1 : i64
    llvm.store %33, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %34 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %35 = llvm.add %34, %1 : i64
    llvm.store %35, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %36 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %37 = llvm.add %36, %1 : i64
    llvm.store %37, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %38 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %39 = llvm.add %38, %1 : i64
    llvm.store %39, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %40 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %41 = llvm.add %40, %1 : i64
    llvm.store %41, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %42 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %43 = llvm.add %42, %1 : i64
    llvm.store %43, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %44 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %45 = llvm.add %44, %1 : i64
    llvm.store %45, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %46 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %47 = llvm.add %46, %1 : i64
    llvm.store %47, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %48 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %49 = llvm.add %48, %1 : i64
    llvm.store %49, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %50 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %51 = llvm.add %50, %1 : i64
    llvm.store %51, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %52 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    llvm.return %52 : i64
  }
  llvm.func @energy_0.quantum.customqgrad(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr, %arg6: !llvm.ptr, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: !llvm.ptr, %arg10: !llvm.ptr) attributes {sym_visibility = "private"} {
    %0 = llvm.mlir.constant(1 : index) : i64
    %1 = llvm.mlir.constant(0 : index) : i64
    %2 = llvm.load %arg0 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %3 = llvm.load %arg2 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %4 = llvm.load %arg4 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %5 = llvm.load %arg7 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %6 = llvm.extractvalue %5[3] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %7 = llvm.alloca %0 x !llvm.array<1 x i64> : (i64) -> !llvm.ptr
    llvm.store %6, %7 : !llvm.array<1 x i64>, !llvm.ptr
    %8 = llvm.getelementptr inbounds %7[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i64>
    %9 = llvm.load %8 : !llvm.ptr -> i64
    %10 = llvm.extractvalue %2[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %11 = llvm.extractvalue %2[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %12 = llvm.extractvalue %2[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %13 = llvm.extractvalue %2[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %14 = llvm.extractvalue %2[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %15 = llvm.extractvalue %2[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %16 = llvm.extractvalue %2[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %17 = llvm.extractvalue %3[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %18 = llvm.extractvalue %3[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %19 = llvm.extractvalue %3[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %20 = llvm.extractvalue %3[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %21 = llvm.extractvalue %3[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %22 = llvm.extractvalue %4[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %23 = llvm.extractvalue %4[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %24 = llvm.extractvalue %4[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %25 = llvm.extractvalue %4[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %26 = llvm.extractvalue %4[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %27 = llvm.extractvalue %4[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %28 = llvm.extractvalue %4[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %29 = llvm.call @energy_0.adjoint(%10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %9) : (!llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, !llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, i64) -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %30 = llvm.load %arg9 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64)>
    %31 = llvm.extractvalue %29[3] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %32 = llvm.alloca %0 x !llvm.array<1 x i64> : (i64) -> !llvm.ptr
    llvm.store %31, %32 : !llvm.array<1 x i64>, !llvm.ptr
    %33 = llvm.getelementptr inbounds %32[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<1 x i64>
    %34 = llvm.load %33 : !llvm.ptr -> i64
    llvm.br ^bb1(%1 : i64)
  ^bb1(%35: i64):  // 2 preds: ^bb0, ^bb2
    %36 = llvm.icmp "slt" %35, %34 : i64
    llvm.cond_br %36, ^bb2, ^bb3
  ^bb2:  // pred: ^bb1
    %37 = llvm.extractvalue %30[1] : !llvm.struct<(ptr, ptr, i64)> 
    %38 = llvm.load %37 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %39 = llvm.extractvalue %29[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %40 = llvm.getelementptr inbounds %39[%35] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %41 = llvm.load %40 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %42 = llvm.extractvalue %5[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %43 = llvm.getelementptr inbounds %42[%35] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %44 = llvm.load %43 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %45 = llvm.fmul %38, %41 : f64
    %46 = llvm.fadd %44, %45 : f64
    %47 = llvm.extractvalue %5[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %48 = llvm.getelementptr inbounds %47[%35] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %46, %48 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %49 = llvm.add %35, %0 : i64
    llvm.br ^bb1(%49 : i64)
  ^bb3:  // pred: ^bb1
    llvm.return
  }
  llvm.func @energy_0.quantum(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr) attributes {gradient.qgrad = @energy_0.adjoint, passthrough = ["noinline"], sym_visibility = "private", unwrapped_type = (memref<2x3xf64>, memref<4xf64>, memref<4x2xi64>, memref<?xf64>) -> memref<f64>} {
    %0 = llvm.mlir.constant(64 : index) : i64
    %1 = llvm.mlir.constant(2 : i64) : i64
    %2 = llvm.mlir.zero : !llvm.ptr
    %3 = llvm.mlir.constant(3 : i64) : i64
    %4 = llvm.mlir.constant(4 : i64) : i64
    %5 = llvm.mlir.constant(false) : i1
    %6 = llvm.mlir.addressof @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}" : !llvm.ptr
    %7 = llvm.mlir.addressof @LightningSimulator : !llvm.ptr
    %8 = llvm.mlir.addressof @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so" : !llvm.ptr
    %9 = llvm.mlir.constant(1 : index) : i64
    %10 = llvm.mlir.constant(0 : i64) : i64
    %11 = llvm.mlir.constant(1 : i64) : i64
    %12 = llvm.alloca %11 x !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> : (i64) -> !llvm.ptr
    %13 = llvm.load volatile %arg0 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    llvm.store %13, %arg0 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr
    %14 = llvm.load volatile %arg1 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    llvm.store %14, %arg1 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %15 = llvm.load volatile %arg2 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    llvm.store %15, %arg2 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr
    %16 = llvm.load volatile %arg3 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    llvm.store %16, %arg3 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %17 = llvm.load volatile %arg4 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64)>
    llvm.store %17, %arg4 : !llvm.struct<(ptr, ptr, i64)>, !llvm.ptr
    %18 = llvm.alloca %9 x i64 : (i64) -> !llvm.ptr
    llvm.store %10, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %19 = llvm.extractvalue %15[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %20 = llvm.extractvalue %15[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %21 = llvm.extractvalue %15[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %22 = llvm.extractvalue %15[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %23 = llvm.extractvalue %15[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %24 = llvm.extractvalue %15[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %25 = llvm.extractvalue %15[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %26 = llvm.extractvalue %15[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %27 = llvm.getelementptr inbounds %8[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<97 x i8>
    %28 = llvm.getelementptr inbounds %7[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<19 x i8>
    %29 = llvm.getelementptr inbounds %6[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<54 x i8>
    llvm.call @__catalyst__rt__device_init(%27, %28, %29, %10, %5) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i1) -> ()
    %30 = llvm.call @__catalyst__rt__qubit_allocate_array(%4) : (i64) -> !llvm.ptr
    %31 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %32 = llvm.load %31 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%32, %2) : (!llvm.ptr, !llvm.ptr) -> ()
    %33 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %34 = llvm.load %33 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%34, %2) : (!llvm.ptr, !llvm.ptr) -> ()
    %35 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %36 = llvm.load %35 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%36, %2) : (!llvm.ptr, !llvm.ptr) -> ()
    %37 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %38 = llvm.load %37 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%38, %2) : (!llvm.ptr, !llvm.ptr) -> ()
    %39 = llvm.load %19 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %40 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %39) : (!llvm.ptr, i64) -> !llvm.ptr
    %41 = llvm.load %40 : !llvm.ptr -> !llvm.ptr
    %42 = llvm.getelementptr inbounds %20[1] : (!llvm.ptr) -> !llvm.ptr, i64
    %43 = llvm.load %42 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %44 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %43) : (!llvm.ptr, i64) -> !llvm.ptr
    %45 = llvm.load %44 : !llvm.ptr -> !llvm.ptr
    %46 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %47 = llvm.add %46, %11 : i64
    llvm.store %47, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %48 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %49 = llvm.getelementptr inbounds %48[%46] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %50 = llvm.load %49 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%50, %2, %1, %41, %45) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %51 = llvm.getelementptr inbounds %21[2] : (!llvm.ptr) -> !llvm.ptr, i64
    %52 = llvm.load %51 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %53 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %52) : (!llvm.ptr, i64) -> !llvm.ptr
    %54 = llvm.load %53 : !llvm.ptr -> !llvm.ptr
    %55 = llvm.getelementptr inbounds %22[3] : (!llvm.ptr) -> !llvm.ptr, i64
    %56 = llvm.load %55 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %57 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %56) : (!llvm.ptr, i64) -> !llvm.ptr
    %58 = llvm.load %57 : !llvm.ptr -> !llvm.ptr
    %59 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %60 = llvm.add %59, %11 : i64
    llvm.store %60, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %61 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %62 = llvm.getelementptr inbounds %61[%59] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %63 = llvm.load %62 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%63, %2, %1, %54, %58) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %64 = llvm.getelementptr inbounds %23[4] : (!llvm.ptr) -> !llvm.ptr, i64
    %65 = llvm.load %64 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %66 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %65) : (!llvm.ptr, i64) -> !llvm.ptr
    %67 = llvm.load %66 : !llvm.ptr -> !llvm.ptr
    %68 = llvm.getelementptr inbounds %24[5] : (!llvm.ptr) -> !llvm.ptr, i64
    %69 = llvm.load %68 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %70 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %69) : (!llvm.ptr, i64) -> !llvm.ptr
    %71 = llvm.load %70 : !llvm.ptr -> !llvm.ptr
    %72 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %73 = llvm.add %72, %11 : i64
    llvm.store %73, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %74 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %75 = llvm.getelementptr inbounds %74[%72] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %76 = llvm.load %75 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%76, %2, %1, %67, %71) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %77 = llvm.getelementptr inbounds %25[6] : (!llvm.ptr) -> !llvm.ptr, i64
    %78 = llvm.load %77 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %79 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %80 = llvm.load %79 : !llvm.ptr -> !llvm.ptr
    %81 = llvm.getelementptr inbounds %26[7] : (!llvm.ptr) -> !llvm.ptr, i64
    %82 = llvm.load %81 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %83 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %84 = llvm.load %83 : !llvm.ptr -> !llvm.ptr
    %85 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %86 = llvm.add %85, %11 : i64
    llvm.store %86, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %87 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %88 = llvm.getelementptr inbounds %87[%85] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %89 = llvm.load %88 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%89, %2, %1, %80, %84) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %90 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %91 = llvm.load %90 : !llvm.ptr -> !llvm.ptr
    %92 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %93 = llvm.add %92, %11 : i64
    llvm.store %93, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %94 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %95 = llvm.getelementptr inbounds %94[%92] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %96 = llvm.load %95 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%96, %91, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %97 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %98 = llvm.load %97 : !llvm.ptr -> !llvm.ptr
    %99 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %100 = llvm.add %99, %11 : i64
    llvm.store %100, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %101 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %102 = llvm.getelementptr inbounds %101[%99] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %103 = llvm.load %102 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%103, %98, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %104 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %105 = llvm.load %104 : !llvm.ptr -> !llvm.ptr
    %106 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %107 = llvm.add %106, %11 : i64
    llvm.store %107, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %108 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %109 = llvm.getelementptr inbounds %108[%106] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %110 = llvm.load %109 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%110, %105, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %111 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %112 = llvm.load %111 : !llvm.ptr -> !llvm.ptr
    %113 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %114 = llvm.add %113, %11 : i64
    llvm.store %114, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %115 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %116 = llvm.getelementptr inbounds %115[%113] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %117 = llvm.load %116 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%117, %112, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %118 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %39) : (!llvm.ptr, i64) -> !llvm.ptr
    %119 = llvm.load %118 : !llvm.ptr -> !llvm.ptr
    %120 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %43) : (!llvm.ptr, i64) -> !llvm.ptr
    %121 = llvm.load %120 : !llvm.ptr -> !llvm.ptr
    %122 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %123 = llvm.add %122, %11 : i64
    llvm.store %123, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %124 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %125 = llvm.getelementptr inbounds %124[%122] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %126 = llvm.load %125 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%126, %2, %1, %119, %121) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %127 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %52) : (!llvm.ptr, i64) -> !llvm.ptr
    %128 = llvm.load %127 : !llvm.ptr -> !llvm.ptr
    %129 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %56) : (!llvm.ptr, i64) -> !llvm.ptr
    %130 = llvm.load %129 : !llvm.ptr -> !llvm.ptr
    %131 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %132 = llvm.add %131, %11 : i64
    llvm.store %132, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %133 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %134 = llvm.getelementptr inbounds %133[%131] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %135 = llvm.load %134 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%135, %2, %1, %128, %130) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %136 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %65) : (!llvm.ptr, i64) -> !llvm.ptr
    %137 = llvm.load %136 : !llvm.ptr -> !llvm.ptr
    %138 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %69) : (!llvm.ptr, i64) -> !llvm.ptr
    %139 = llvm.load %138 : !llvm.ptr -> !llvm.ptr
    %140 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %141 = llvm.add %140, %11 : i64
    llvm.store %141, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %142 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %143 = llvm.getelementptr inbounds %142[%140] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %144 = llvm.load %143 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%144, %2, %1, %137, %139) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %145 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %146 = llvm.load %145 : !llvm.ptr -> !llvm.ptr
    %147 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %148 = llvm.load %147 : !llvm.ptr -> !llvm.ptr
    %149 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %150 = llvm.add %149, %11 : i64
    llvm.store %150, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %151 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %152 = llvm.getelementptr inbounds %151[%149] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %153 = llvm.load %152 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%153, %2, %1, %146, %148) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %154 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %155 = llvm.load %154 : !llvm.ptr -> !llvm.ptr
    %156 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %157 = llvm.add %156, %11 : i64
    llvm.store %157, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %158 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %159 = llvm.getelementptr inbounds %158[%156] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %160 = llvm.load %159 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%160, %155, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %161 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %162 = llvm.load %161 : !llvm.ptr -> !llvm.ptr
    %163 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %164 = llvm.add %163, %11 : i64
    llvm.store %164, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %165 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %166 = llvm.getelementptr inbounds %165[%163] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %167 = llvm.load %166 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%167, %162, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %168 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %169 = llvm.load %168 : !llvm.ptr -> !llvm.ptr
    %170 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %171 = llvm.add %170, %11 : i64
    llvm.store %171, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %172 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %173 = llvm.getelementptr inbounds %172[%170] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %174 = llvm.load %173 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%174, %169, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %175 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %176 = llvm.load %175 : !llvm.ptr -> !llvm.ptr
    %177 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %178 = llvm.add %177, %11 : i64
    llvm.store %178, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %179 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %180 = llvm.getelementptr inbounds %179[%177] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %181 = llvm.load %180 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%181, %176, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %182 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %39) : (!llvm.ptr, i64) -> !llvm.ptr
    %183 = llvm.load %182 : !llvm.ptr -> !llvm.ptr
    %184 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %43) : (!llvm.ptr, i64) -> !llvm.ptr
    %185 = llvm.load %184 : !llvm.ptr -> !llvm.ptr
    %186 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %187 = llvm.add %186, %11 : i64
    llvm.store %187, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %188 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %189 = llvm.getelementptr inbounds %188[%186] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %190 = llvm.load %189 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%190, %2, %1, %183, %185) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %191 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %52) : (!llvm.ptr, i64) -> !llvm.ptr
    %192 = llvm.load %191 : !llvm.ptr -> !llvm.ptr
    %193 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %56) : (!llvm.ptr, i64) -> !llvm.ptr
    %194 = llvm.load %193 : !llvm.ptr -> !llvm.ptr
    %195 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %196 = llvm.add %195, %11 : i64
    llvm.store %196, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %197 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %198 = llvm.getelementptr inbounds %197[%195] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %199 = llvm.load %198 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%199, %2, %1, %192, %194) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %200 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %65) : (!llvm.ptr, i64) -> !llvm.ptr
    %201 = llvm.load %200 : !llvm.ptr -> !llvm.ptr
    %202 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %69) : (!llvm.ptr, i64) -> !llvm.ptr
    %203 = llvm.load %202 : !llvm.ptr -> !llvm.ptr
    %204 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %205 = llvm.add %204, %11 : i64
    llvm.store %205, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %206 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %207 = llvm.getelementptr inbounds %206[%204] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %208 = llvm.load %207 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%208, %2, %1, %201, %203) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %209 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %210 = llvm.load %209 : !llvm.ptr -> !llvm.ptr
    %211 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %212 = llvm.load %211 : !llvm.ptr -> !llvm.ptr
    %213 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %214 = llvm.add %213, %11 : i64
    llvm.store %214, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %215 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %216 = llvm.getelementptr inbounds %215[%213] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %217 = llvm.load %216 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%217, %2, %1, %210, %212) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %218 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %219 = llvm.load %218 : !llvm.ptr -> !llvm.ptr
    %220 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %221 = llvm.add %220, %11 : i64
    llvm.store %221, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %222 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %223 = llvm.getelementptr inbounds %222[%220] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %224 = llvm.load %223 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%224, %219, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %225 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %226 = llvm.load %225 : !llvm.ptr -> !llvm.ptr
    %227 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %228 = llvm.add %227, %11 : i64
    llvm.store %228, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %229 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %230 = llvm.getelementptr inbounds %229[%227] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %231 = llvm.load %230 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%231, %226, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %232 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %233 = llvm.load %232 : !llvm.ptr -> !llvm.ptr
    %234 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %235 = llvm.add %234, %11 : i64
    llvm.store %235, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %236 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %237 = llvm.getelementptr inbounds %236[%234] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %238 = llvm.load %237 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%238, %233, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %239 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %240 = llvm.load %239 : !llvm.ptr -> !llvm.ptr
    %241 = llvm.load %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %242 = llvm.add %241, %11 : i64
    llvm.store %242, %18 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %243 = llvm.extractvalue %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %244 = llvm.getelementptr inbounds %243[%241] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %245 = llvm.load %244 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%245, %240, %2) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %246 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %39) : (!llvm.ptr, i64) -> !llvm.ptr
    %247 = llvm.load %246 : !llvm.ptr -> !llvm.ptr
    %248 = llvm.call @__catalyst__qis__NamedObs(%3, %247) : (i64, !llvm.ptr) -> i64
    %249 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %43) : (!llvm.ptr, i64) -> !llvm.ptr
    %250 = llvm.load %249 : !llvm.ptr -> !llvm.ptr
    %251 = llvm.call @__catalyst__qis__NamedObs(%3, %250) : (i64, !llvm.ptr) -> i64
    %252 = llvm.call @__catalyst__qis__TensorObs(%1, %248, %251) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %253 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %52) : (!llvm.ptr, i64) -> !llvm.ptr
    %254 = llvm.load %253 : !llvm.ptr -> !llvm.ptr
    %255 = llvm.call @__catalyst__qis__NamedObs(%3, %254) : (i64, !llvm.ptr) -> i64
    %256 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %56) : (!llvm.ptr, i64) -> !llvm.ptr
    %257 = llvm.load %256 : !llvm.ptr -> !llvm.ptr
    %258 = llvm.call @__catalyst__qis__NamedObs(%3, %257) : (i64, !llvm.ptr) -> i64
    %259 = llvm.call @__catalyst__qis__TensorObs(%1, %255, %258) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %260 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %65) : (!llvm.ptr, i64) -> !llvm.ptr
    %261 = llvm.load %260 : !llvm.ptr -> !llvm.ptr
    %262 = llvm.call @__catalyst__qis__NamedObs(%3, %261) : (i64, !llvm.ptr) -> i64
    %263 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %69) : (!llvm.ptr, i64) -> !llvm.ptr
    %264 = llvm.load %263 : !llvm.ptr -> !llvm.ptr
    %265 = llvm.call @__catalyst__qis__NamedObs(%3, %264) : (i64, !llvm.ptr) -> i64
    %266 = llvm.call @__catalyst__qis__TensorObs(%1, %262, %265) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %267 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %78) : (!llvm.ptr, i64) -> !llvm.ptr
    %268 = llvm.load %267 : !llvm.ptr -> !llvm.ptr
    %269 = llvm.call @__catalyst__qis__NamedObs(%3, %268) : (i64, !llvm.ptr) -> i64
    %270 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%30, %82) : (!llvm.ptr, i64) -> !llvm.ptr
    %271 = llvm.load %270 : !llvm.ptr -> !llvm.ptr
    %272 = llvm.call @__catalyst__qis__NamedObs(%3, %271) : (i64, !llvm.ptr) -> i64
    %273 = llvm.call @__catalyst__qis__TensorObs(%1, %269, %272) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    llvm.store %14, %12 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %274 = llvm.call @__catalyst__qis__HamiltonianObs(%12, %4, %252, %259, %266, %273) vararg(!llvm.func<i64 (ptr, i64, ...)>) : (!llvm.ptr, i64, i64, i64, i64, i64) -> i64
    %275 = llvm.call @__catalyst__qis__Expval(%274) : (i64) -> f64
    %276 = llvm.getelementptr %2[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %277 = llvm.ptrtoint %276 : !llvm.ptr to i64
    %278 = llvm.add %277, %0 : i64
    %279 = llvm.call @_mlir_memref_to_llvm_alloc(%278) : (i64) -> !llvm.ptr
    %280 = llvm.ptrtoint %279 : !llvm.ptr to i64
    %281 = llvm.sub %0, %9 : i64
    %282 = llvm.add %280, %281 : i64
    %283 = llvm.urem %282, %0 : i64
    %284 = llvm.sub %282, %283 : i64
    %285 = llvm.inttoptr %284 : i64 to !llvm.ptr
    llvm.store %275, %285 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    llvm.call @__catalyst__rt__qubit_release_array(%30) : (!llvm.ptr) -> ()
    llvm.call @__catalyst__rt__device_release() : () -> ()
    %286 = llvm.load %285 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %287 = llvm.extractvalue %17[1] : !llvm.struct<(ptr, ptr, i64)> 
    llvm.store %286, %287 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    llvm.return
  }
  llvm.func @energy_0.quantum.augfwd(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr, %arg5: !llvm.ptr, %arg6: !llvm.ptr, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: !llvm.ptr) -> !llvm.ptr attributes {sym_visibility = "private"} {
    %0 = llvm.mlir.zero : !llvm.ptr
    llvm.call @energy_0.quantum(%arg0, %arg2, %arg4, %arg6, %arg8) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr) -> ()
    llvm.return %0 : !llvm.ptr
  }
  llvm.func @energy_0.preprocess(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64, %arg20: !llvm.ptr, %arg21: !llvm.ptr, %arg22: i64) attributes {sym_visibility = "private"} {
    %0 = llvm.mlir.constant(0 : index) : i64
    %1 = llvm.mlir.zero : !llvm.ptr
    %2 = llvm.mlir.constant(1 : index) : i64
    %3 = llvm.mlir.constant(2.000000e+00 : f64) : f64
    %4 = llvm.mlir.constant(1 : i64) : i64
    %5 = llvm.mlir.constant(0 : i64) : i64
    %6 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %7 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %8 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %9 = llvm.insertvalue %arg12, %7[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %10 = llvm.insertvalue %arg13, %9[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %11 = llvm.insertvalue %arg14, %10[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %12 = llvm.insertvalue %arg15, %11[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %13 = llvm.insertvalue %arg17, %12[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %14 = llvm.insertvalue %arg16, %13[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %15 = llvm.insertvalue %arg18, %14[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %16 = llvm.insertvalue %arg7, %6[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %17 = llvm.insertvalue %arg8, %16[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %18 = llvm.insertvalue %arg9, %17[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %19 = llvm.insertvalue %arg10, %18[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %20 = llvm.insertvalue %arg11, %19[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %21 = llvm.insertvalue %arg0, %7[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %22 = llvm.insertvalue %arg1, %21[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %23 = llvm.insertvalue %arg2, %22[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %24 = llvm.insertvalue %arg3, %23[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %25 = llvm.insertvalue %arg5, %24[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %26 = llvm.insertvalue %arg4, %25[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %27 = llvm.insertvalue %arg6, %26[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %28 = llvm.alloca %4 x !llvm.struct<(ptr, ptr, i64)> : (i64) -> !llvm.ptr
    %29 = llvm.alloca %4 x !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> : (i64) -> !llvm.ptr
    %30 = llvm.alloca %4 x !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> : (i64) -> !llvm.ptr
    %31 = llvm.alloca %4 x !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> : (i64) -> !llvm.ptr
    %32 = llvm.alloca %4 x !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> : (i64) -> !llvm.ptr
    %33 = llvm.getelementptr %1[%arg19] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %34 = llvm.ptrtoint %33 : !llvm.ptr to i64
    %35 = llvm.call @_mlir_memref_to_llvm_alloc(%34) : (i64) -> !llvm.ptr
    %36 = llvm.insertvalue %35, %6[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %37 = llvm.insertvalue %35, %36[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %38 = llvm.insertvalue %0, %37[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %39 = llvm.insertvalue %arg19, %38[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %40 = llvm.insertvalue %2, %39[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %41 = llvm.alloca %2 x i64 : (i64) -> !llvm.ptr
    llvm.store %5, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %42 = llvm.getelementptr inbounds %arg1[5] : (!llvm.ptr) -> !llvm.ptr, f64
    %43 = llvm.load %42 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %44 = llvm.fmul %43, %3 : f64
    %45 = llvm.getelementptr inbounds %arg1[2] : (!llvm.ptr) -> !llvm.ptr, f64
    %46 = llvm.load %45 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %47 = llvm.fmul %46, %3 : f64
    %48 = llvm.getelementptr inbounds %arg8[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %49 = llvm.load %48 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %50 = llvm.fmul %47, %49 : f64
    %51 = llvm.getelementptr inbounds %arg8[2] : (!llvm.ptr) -> !llvm.ptr, f64
    %52 = llvm.load %51 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %53 = llvm.fmul %47, %52 : f64
    %54 = llvm.getelementptr inbounds %arg8[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %55 = llvm.load %54 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %56 = llvm.fmul %47, %55 : f64
    %57 = llvm.load %arg8 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %58 = llvm.fmul %47, %57 : f64
    %59 = llvm.getelementptr inbounds %arg1[4] : (!llvm.ptr) -> !llvm.ptr, f64
    %60 = llvm.load %59 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %61 = llvm.fmul %60, %3 : f64
    %62 = llvm.getelementptr inbounds %arg1[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %63 = llvm.load %62 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %64 = llvm.fmul %63, %3 : f64
    %65 = llvm.fmul %64, %49 : f64
    %66 = llvm.fmul %64, %52 : f64
    %67 = llvm.fmul %64, %55 : f64
    %68 = llvm.fmul %64, %57 : f64
    %69 = llvm.getelementptr inbounds %arg1[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %70 = llvm.load %69 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %71 = llvm.fmul %70, %3 : f64
    %72 = llvm.load %arg1 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %73 = llvm.fmul %72, %3 : f64
    %74 = llvm.fmul %73, %49 : f64
    %75 = llvm.fmul %73, %52 : f64
    %76 = llvm.fmul %73, %55 : f64
    %77 = llvm.fmul %73, %57 : f64
    %78 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %79 = llvm.getelementptr inbounds %35[%78] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %77, %79 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %80 = llvm.add %78, %4 : i64
    llvm.store %80, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %81 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %82 = llvm.getelementptr inbounds %35[%81] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %76, %82 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %83 = llvm.add %81, %4 : i64
    llvm.store %83, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %84 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %85 = llvm.getelementptr inbounds %35[%84] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %75, %85 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %86 = llvm.add %84, %4 : i64
    llvm.store %86, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %87 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %88 = llvm.getelementptr inbounds %35[%87] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %74, %88 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %89 = llvm.add %87, %4 : i64
    llvm.store %89, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %90 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %91 = llvm.getelementptr inbounds %35[%90] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %71, %91 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %92 = llvm.add %90, %4 : i64
    llvm.store %92, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %93 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %94 = llvm.getelementptr inbounds %35[%93] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %71, %94 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %95 = llvm.add %93, %4 : i64
    llvm.store %95, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %96 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %97 = llvm.getelementptr inbounds %35[%96] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %71, %97 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %98 = llvm.add %96, %4 : i64
    llvm.store %98, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %99 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %100 = llvm.getelementptr inbounds %35[%99] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %71, %100 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %101 = llvm.add %99, %4 : i64
    llvm.store %101, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %102 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %103 = llvm.getelementptr inbounds %35[%102] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %68, %103 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %104 = llvm.add %102, %4 : i64
    llvm.store %104, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %105 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %106 = llvm.getelementptr inbounds %35[%105] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %67, %106 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %107 = llvm.add %105, %4 : i64
    llvm.store %107, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %108 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %109 = llvm.getelementptr inbounds %35[%108] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %66, %109 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %110 = llvm.add %108, %4 : i64
    llvm.store %110, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %111 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %112 = llvm.getelementptr inbounds %35[%111] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %65, %112 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %113 = llvm.add %111, %4 : i64
    llvm.store %113, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %114 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %115 = llvm.getelementptr inbounds %35[%114] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %61, %115 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %116 = llvm.add %114, %4 : i64
    llvm.store %116, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %117 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %118 = llvm.getelementptr inbounds %35[%117] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %61, %118 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %119 = llvm.add %117, %4 : i64
    llvm.store %119, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %120 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %121 = llvm.getelementptr inbounds %35[%120] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %61, %121 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %122 = llvm.add %120, %4 : i64
    llvm.store %122, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %123 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %124 = llvm.getelementptr inbounds %35[%123] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %61, %124 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %125 = llvm.add %123, %4 : i64
    llvm.store %125, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %126 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %127 = llvm.getelementptr inbounds %35[%126] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %58, %127 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %128 = llvm.add %126, %4 : i64
    llvm.store %128, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %129 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %130 = llvm.getelementptr inbounds %35[%129] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %56, %130 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %131 = llvm.add %129, %4 : i64
    llvm.store %131, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %132 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %133 = llvm.getelementptr inbounds %35[%132] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %53, %133 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %134 = llvm.add %132, %4 : i64
    llvm.store %134, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %135 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %136 = llvm.getelementptr inbounds %35[%135] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %50, %136 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %137 = llvm.add %135, %4 : i64
    llvm.store %137, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %138 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %139 = llvm.getelementptr inbounds %35[%138] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %139 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %140 = llvm.add %138, %4 : i64
    llvm.store %140, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %141 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %142 = llvm.getelementptr inbounds %35[%141] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %142 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %143 = llvm.add %141, %4 : i64
    llvm.store %143, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %144 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %145 = llvm.getelementptr inbounds %35[%144] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %145 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %146 = llvm.add %144, %4 : i64
    llvm.store %146, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %147 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %148 = llvm.getelementptr inbounds %35[%147] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %148 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %149 = llvm.add %147, %4 : i64
    llvm.store %149, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    llvm.store %27, %32 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr
    llvm.store %20, %31 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    llvm.store %15, %30 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr
    llvm.store %40, %29 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %150 = llvm.getelementptr %1[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %151 = llvm.ptrtoint %150 : !llvm.ptr to i64
    %152 = llvm.call @_mlir_memref_to_llvm_alloc(%151) : (i64) -> !llvm.ptr
    %153 = llvm.insertvalue %152, %8[0] : !llvm.struct<(ptr, ptr, i64)> 
    %154 = llvm.insertvalue %152, %153[1] : !llvm.struct<(ptr, ptr, i64)> 
    %155 = llvm.insertvalue %0, %154[2] : !llvm.struct<(ptr, ptr, i64)> 
    llvm.store %155, %28 : !llvm.struct<(ptr, ptr, i64)>, !llvm.ptr
    llvm.call @energy_0.quantum(%32, %31, %30, %29, %28) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr) -> ()
    %156 = llvm.load %152 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.store %156, %arg21 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    llvm.return
  }
  llvm.func @energy_0.fullgrad0(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: i64, %arg3: i64, %arg4: i64, %arg5: i64, %arg6: i64, %arg7: !llvm.ptr, %arg8: !llvm.ptr, %arg9: i64, %arg10: i64, %arg11: i64, %arg12: !llvm.ptr, %arg13: !llvm.ptr, %arg14: i64, %arg15: i64, %arg16: i64, %arg17: i64, %arg18: i64, %arg19: i64) -> !llvm.struct<(struct<(ptr, ptr, i64)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)> attributes {sym_visibility = "private"} {
    %0 = llvm.mlir.poison : !llvm.struct<(struct<(ptr, ptr, i64)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>
    %1 = llvm.mlir.constant(3 : index) : i64
    %2 = llvm.mlir.constant(2 : index) : i64
    %3 = llvm.mlir.constant(0 : index) : i64
    %4 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %5 = llvm.mlir.constant(64 : index) : i64
    %6 = llvm.mlir.zero : !llvm.ptr
    %7 = llvm.mlir.constant(1 : index) : i64
    %8 = llvm.mlir.constant(0.000000e+00 : f64) : f64
    %9 = llvm.mlir.constant(1.000000e+00 : f64) : f64
    %10 = llvm.mlir.addressof @energy_0.preprocess : !llvm.ptr
    %11 = llvm.mlir.addressof @enzyme_const : !llvm.ptr
    %12 = llvm.mlir.constant(8 : index) : i64
    %13 = llvm.mlir.constant(0 : i8) : i8
    %14 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %15 = llvm.getelementptr %6[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %16 = llvm.ptrtoint %15 : !llvm.ptr to i64
    %17 = llvm.add %16, %5 : i64
    %18 = llvm.call @_mlir_memref_to_llvm_alloc(%17) : (i64) -> !llvm.ptr
    %19 = llvm.ptrtoint %18 : !llvm.ptr to i64
    %20 = llvm.sub %5, %7 : i64
    %21 = llvm.add %19, %20 : i64
    %22 = llvm.urem %21, %5 : i64
    %23 = llvm.sub %21, %22 : i64
    %24 = llvm.inttoptr %23 : i64 to !llvm.ptr
    llvm.store %8, %24 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    llvm.store %9, %24 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %25 = llvm.getelementptr %6[6] : (!llvm.ptr) -> !llvm.ptr, f64
    %26 = llvm.ptrtoint %25 : !llvm.ptr to i64
    %27 = llvm.call @_mlir_memref_to_llvm_alloc(%26) : (i64) -> !llvm.ptr
    %28 = llvm.insertvalue %27, %14[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %29 = llvm.insertvalue %27, %28[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %30 = llvm.insertvalue %3, %29[2] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %31 = llvm.insertvalue %2, %30[3, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %32 = llvm.insertvalue %1, %31[3, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %33 = llvm.insertvalue %1, %32[4, 0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %34 = llvm.insertvalue %7, %33[4, 1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %35 = llvm.getelementptr %6[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %36 = llvm.ptrtoint %35 : !llvm.ptr to i64
    %37 = llvm.call @_mlir_memref_to_llvm_alloc(%36) : (i64) -> !llvm.ptr
    %38 = llvm.insertvalue %37, %4[0] : !llvm.struct<(ptr, ptr, i64)> 
    %39 = llvm.insertvalue %37, %38[1] : !llvm.struct<(ptr, ptr, i64)> 
    %40 = llvm.insertvalue %3, %39[2] : !llvm.struct<(ptr, ptr, i64)> 
    %41 = llvm.mul %2, %1 : i64
    %42 = llvm.add %41, %3 : i64
    %43 = llvm.mul %42, %12 : i64
    "llvm.intr.memset"(%27, %13, %43) <{isVolatile = false}> : (!llvm.ptr, i8, i64) -> ()
    llvm.call @__enzyme_autodiff0(%10, %11, %arg0, %arg1, %27, %arg2, %arg3, %arg4, %arg5, %arg6, %11, %arg7, %11, %arg8, %arg9, %arg10, %arg11, %11, %arg12, %11, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %11, %arg19, %11, %37, %37, %24, %3) vararg(!llvm.func<void (...)>) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, !llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64, !llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i64, i64, i64, i64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, i64) -> ()
    llvm.call @_mlir_memref_to_llvm_free(%18) : (!llvm.ptr) -> ()
    %44 = llvm.insertvalue %40, %0[0] : !llvm.struct<(struct<(ptr, ptr, i64)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)> 
    %45 = llvm.insertvalue %34, %44[1] : !llvm.struct<(struct<(ptr, ptr, i64)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)> 
    llvm.return %45 : !llvm.struct<(struct<(ptr, ptr, i64)>, struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>)>
  }
  llvm.func @setup() {
    %0 = llvm.mlir.zero : !llvm.ptr
    llvm.call @__catalyst__rt__initialize(%0) : (!llvm.ptr) -> ()
    llvm.return
  }
  llvm.func @teardown() {
    llvm.call @__catalyst__rt__finalize() : () -> ()
    llvm.return
  }
}