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
    %1 = llvm.mlir.constant(21 : i64) : i64
    %2 = llvm.mlir.constant(2 : i64) : i64
    %3 = llvm.mlir.constant(3 : i64) : i64
    %4 = llvm.mlir.constant(4 : i64) : i64
    %5 = llvm.mlir.constant(5 : i64) : i64
    %6 = llvm.mlir.constant(6 : i64) : i64
    %7 = llvm.mlir.constant(7 : i64) : i64
    %8 = llvm.mlir.constant(8 : i64) : i64
    %9 = llvm.mlir.constant(9 : i64) : i64
    %10 = llvm.mlir.constant(10 : i64) : i64
    %11 = llvm.mlir.constant(11 : i64) : i64
    %12 = llvm.mlir.constant(12 : i64) : i64
    %13 = llvm.mlir.zero : !llvm.ptr
    %14 = llvm.mlir.constant(13 : i64) : i64
    %15 = llvm.mlir.constant(14 : i64) : i64
    %16 = llvm.mlir.constant(false) : i1
    %17 = llvm.mlir.addressof @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}" : !llvm.ptr
    %18 = llvm.mlir.addressof @LightningSimulator : !llvm.ptr
    %19 = llvm.mlir.addressof @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so" : !llvm.ptr
    %20 = llvm.mlir.constant(1 : index) : i64
    %21 = llvm.mlir.constant(0 : index) : i64
    %22 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64)>
    %23 = llvm.mlir.constant(2.000000e+00 : f64) : f64
    %24 = llvm.mlir.constant(0 : i64) : i64
    %25 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %26 = llvm.mlir.constant(1 : i64) : i64
    %27 = llvm.alloca %26 x !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> : (i64) -> !llvm.ptr
    %28 = llvm.insertvalue %arg7, %25[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %29 = llvm.insertvalue %arg8, %28[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %30 = llvm.insertvalue %arg9, %29[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %31 = llvm.insertvalue %arg10, %30[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %32 = llvm.insertvalue %arg11, %31[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %33 = llvm.getelementptr inbounds %arg1[5] : (!llvm.ptr) -> !llvm.ptr, f64
    %34 = llvm.load %33 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %35 = llvm.fmul %34, %23 : f64
    %36 = llvm.getelementptr inbounds %arg1[2] : (!llvm.ptr) -> !llvm.ptr, f64
    %37 = llvm.load %36 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %38 = llvm.fmul %37, %23 : f64
    %39 = llvm.getelementptr inbounds %arg8[20] : (!llvm.ptr) -> !llvm.ptr, f64
    %40 = llvm.load %39 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %41 = llvm.fmul %38, %40 : f64
    %42 = llvm.getelementptr inbounds %arg8[19] : (!llvm.ptr) -> !llvm.ptr, f64
    %43 = llvm.load %42 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %44 = llvm.fmul %38, %43 : f64
    %45 = llvm.getelementptr inbounds %arg8[18] : (!llvm.ptr) -> !llvm.ptr, f64
    %46 = llvm.load %45 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %47 = llvm.fmul %38, %46 : f64
    %48 = llvm.getelementptr inbounds %arg8[17] : (!llvm.ptr) -> !llvm.ptr, f64
    %49 = llvm.load %48 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %50 = llvm.fmul %38, %49 : f64
    %51 = llvm.getelementptr inbounds %arg8[16] : (!llvm.ptr) -> !llvm.ptr, f64
    %52 = llvm.load %51 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %53 = llvm.fmul %38, %52 : f64
    %54 = llvm.getelementptr inbounds %arg8[15] : (!llvm.ptr) -> !llvm.ptr, f64
    %55 = llvm.load %54 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %56 = llvm.fmul %38, %55 : f64
    %57 = llvm.getelementptr inbounds %arg8[14] : (!llvm.ptr) -> !llvm.ptr, f64
    %58 = llvm.load %57 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %59 = llvm.fmul %38, %58 : f64
    %60 = llvm.getelementptr inbounds %arg8[13] : (!llvm.ptr) -> !llvm.ptr, f64
    %61 = llvm.load %60 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %62 = llvm.fmul %38, %61 : f64
    %63 = llvm.getelementptr inbounds %arg8[12] : (!llvm.ptr) -> !llvm.ptr, f64
    %64 = llvm.load %63 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %65 = llvm.fmul %38, %64 : f64
    %66 = llvm.getelementptr inbounds %arg8[11] : (!llvm.ptr) -> !llvm.ptr, f64
    %67 = llvm.load %66 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %68 = llvm.fmul %38, %67 : f64
    %69 = llvm.getelementptr inbounds %arg8[10] : (!llvm.ptr) -> !llvm.ptr, f64
    %70 = llvm.load %69 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %71 = llvm.fmul %38, %70 : f64
    %72 = llvm.getelementptr inbounds %arg8[9] : (!llvm.ptr) -> !llvm.ptr, f64
    %73 = llvm.load %72 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %74 = llvm.fmul %38, %73 : f64
    %75 = llvm.getelementptr inbounds %arg8[8] : (!llvm.ptr) -> !llvm.ptr, f64
    %76 = llvm.load %75 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %77 = llvm.fmul %38, %76 : f64
    %78 = llvm.getelementptr inbounds %arg8[7] : (!llvm.ptr) -> !llvm.ptr, f64
    %79 = llvm.load %78 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %80 = llvm.fmul %38, %79 : f64
    %81 = llvm.getelementptr inbounds %arg8[6] : (!llvm.ptr) -> !llvm.ptr, f64
    %82 = llvm.load %81 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %83 = llvm.fmul %38, %82 : f64
    %84 = llvm.getelementptr inbounds %arg8[5] : (!llvm.ptr) -> !llvm.ptr, f64
    %85 = llvm.load %84 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %86 = llvm.fmul %38, %85 : f64
    %87 = llvm.getelementptr inbounds %arg8[4] : (!llvm.ptr) -> !llvm.ptr, f64
    %88 = llvm.load %87 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %89 = llvm.fmul %38, %88 : f64
    %90 = llvm.getelementptr inbounds %arg8[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %91 = llvm.load %90 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %92 = llvm.fmul %38, %91 : f64
    %93 = llvm.getelementptr inbounds %arg8[2] : (!llvm.ptr) -> !llvm.ptr, f64
    %94 = llvm.load %93 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %95 = llvm.fmul %38, %94 : f64
    %96 = llvm.getelementptr inbounds %arg8[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %97 = llvm.load %96 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %98 = llvm.fmul %38, %97 : f64
    %99 = llvm.load %arg8 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %100 = llvm.fmul %38, %99 : f64
    %101 = llvm.getelementptr inbounds %arg1[4] : (!llvm.ptr) -> !llvm.ptr, f64
    %102 = llvm.load %101 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %103 = llvm.fmul %102, %23 : f64
    %104 = llvm.getelementptr inbounds %arg1[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %105 = llvm.load %104 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %106 = llvm.fmul %105, %23 : f64
    %107 = llvm.fmul %106, %40 : f64
    %108 = llvm.fmul %106, %43 : f64
    %109 = llvm.fmul %106, %46 : f64
    %110 = llvm.fmul %106, %49 : f64
    %111 = llvm.fmul %106, %52 : f64
    %112 = llvm.fmul %106, %55 : f64
    %113 = llvm.fmul %106, %58 : f64
    %114 = llvm.fmul %106, %61 : f64
    %115 = llvm.fmul %106, %64 : f64
    %116 = llvm.fmul %106, %67 : f64
    %117 = llvm.fmul %106, %70 : f64
    %118 = llvm.fmul %106, %73 : f64
    %119 = llvm.fmul %106, %76 : f64
    %120 = llvm.fmul %106, %79 : f64
    %121 = llvm.fmul %106, %82 : f64
    %122 = llvm.fmul %106, %85 : f64
    %123 = llvm.fmul %106, %88 : f64
    %124 = llvm.fmul %106, %91 : f64
    %125 = llvm.fmul %106, %94 : f64
    %126 = llvm.fmul %106, %97 : f64
    %127 = llvm.fmul %106, %99 : f64
    %128 = llvm.getelementptr inbounds %arg1[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %129 = llvm.load %128 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %130 = llvm.fmul %129, %23 : f64
    %131 = llvm.load %arg1 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %132 = llvm.fmul %131, %23 : f64
    %133 = llvm.fmul %132, %40 : f64
    %134 = llvm.fmul %132, %43 : f64
    %135 = llvm.fmul %132, %46 : f64
    %136 = llvm.fmul %132, %49 : f64
    %137 = llvm.fmul %132, %52 : f64
    %138 = llvm.fmul %132, %55 : f64
    %139 = llvm.fmul %132, %58 : f64
    %140 = llvm.fmul %132, %61 : f64
    %141 = llvm.fmul %132, %64 : f64
    %142 = llvm.fmul %132, %67 : f64
    %143 = llvm.fmul %132, %70 : f64
    %144 = llvm.fmul %132, %73 : f64
    %145 = llvm.fmul %132, %76 : f64
    %146 = llvm.fmul %132, %79 : f64
    %147 = llvm.fmul %132, %82 : f64
    %148 = llvm.fmul %132, %85 : f64
    %149 = llvm.fmul %132, %88 : f64
    %150 = llvm.fmul %132, %91 : f64
    %151 = llvm.fmul %132, %94 : f64
    %152 = llvm.fmul %132, %97 : f64
    %153 = llvm.fmul %132, %99 : f64
    %154 = llvm.getelementptr inbounds %19[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<97 x i8>
    %155 = llvm.getelementptr inbounds %18[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<19 x i8>
    %156 = llvm.getelementptr inbounds %17[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<54 x i8>
    llvm.call @__catalyst__rt__device_init(%154, %155, %156, %24, %16) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i1) -> ()
    %157 = llvm.call @__catalyst__rt__qubit_allocate_array(%15) : (i64) -> !llvm.ptr
    %158 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %14) : (!llvm.ptr, i64) -> !llvm.ptr
    %159 = llvm.load %158 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%159, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %160 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %12) : (!llvm.ptr, i64) -> !llvm.ptr
    %161 = llvm.load %160 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%161, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %162 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %163 = llvm.load %162 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%163, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %164 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %165 = llvm.load %164 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%165, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %166 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %167 = llvm.load %166 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%167, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %168 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %169 = llvm.load %168 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%169, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %170 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %171 = llvm.load %170 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%171, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %172 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %173 = llvm.load %172 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%173, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %174 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %175 = llvm.load %174 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%175, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %176 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %177 = llvm.load %176 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%177, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %178 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %179 = llvm.load %178 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%179, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %180 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %181 = llvm.load %180 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%181, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %182 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %26) : (!llvm.ptr, i64) -> !llvm.ptr
    %183 = llvm.load %182 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%183, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %184 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %24) : (!llvm.ptr, i64) -> !llvm.ptr
    %185 = llvm.load %184 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%185, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %186 = llvm.load %arg13 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %187 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %188 = llvm.load %187 : !llvm.ptr -> !llvm.ptr
    %189 = llvm.getelementptr inbounds %arg13[1] : (!llvm.ptr) -> !llvm.ptr, i64
    %190 = llvm.load %189 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %191 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %190) : (!llvm.ptr, i64) -> !llvm.ptr
    %192 = llvm.load %191 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%153, %13, %2, %188, %192) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %193 = llvm.getelementptr inbounds %arg13[2] : (!llvm.ptr) -> !llvm.ptr, i64
    %194 = llvm.load %193 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %195 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %194) : (!llvm.ptr, i64) -> !llvm.ptr
    %196 = llvm.load %195 : !llvm.ptr -> !llvm.ptr
    %197 = llvm.getelementptr inbounds %arg13[3] : (!llvm.ptr) -> !llvm.ptr, i64
    %198 = llvm.load %197 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %199 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %198) : (!llvm.ptr, i64) -> !llvm.ptr
    %200 = llvm.load %199 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%152, %13, %2, %196, %200) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %201 = llvm.getelementptr inbounds %arg13[4] : (!llvm.ptr) -> !llvm.ptr, i64
    %202 = llvm.load %201 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %203 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %202) : (!llvm.ptr, i64) -> !llvm.ptr
    %204 = llvm.load %203 : !llvm.ptr -> !llvm.ptr
    %205 = llvm.getelementptr inbounds %arg13[5] : (!llvm.ptr) -> !llvm.ptr, i64
    %206 = llvm.load %205 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %207 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %206) : (!llvm.ptr, i64) -> !llvm.ptr
    %208 = llvm.load %207 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%151, %13, %2, %204, %208) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %209 = llvm.getelementptr inbounds %arg13[6] : (!llvm.ptr) -> !llvm.ptr, i64
    %210 = llvm.load %209 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %211 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %210) : (!llvm.ptr, i64) -> !llvm.ptr
    %212 = llvm.load %211 : !llvm.ptr -> !llvm.ptr
    %213 = llvm.getelementptr inbounds %arg13[7] : (!llvm.ptr) -> !llvm.ptr, i64
    %214 = llvm.load %213 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %215 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %214) : (!llvm.ptr, i64) -> !llvm.ptr
    %216 = llvm.load %215 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%150, %13, %2, %212, %216) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %217 = llvm.getelementptr inbounds %arg13[8] : (!llvm.ptr) -> !llvm.ptr, i64
    %218 = llvm.load %217 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %219 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %218) : (!llvm.ptr, i64) -> !llvm.ptr
    %220 = llvm.load %219 : !llvm.ptr -> !llvm.ptr
    %221 = llvm.getelementptr inbounds %arg13[9] : (!llvm.ptr) -> !llvm.ptr, i64
    %222 = llvm.load %221 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %223 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %222) : (!llvm.ptr, i64) -> !llvm.ptr
    %224 = llvm.load %223 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%149, %13, %2, %220, %224) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %225 = llvm.getelementptr inbounds %arg13[10] : (!llvm.ptr) -> !llvm.ptr, i64
    %226 = llvm.load %225 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %227 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %226) : (!llvm.ptr, i64) -> !llvm.ptr
    %228 = llvm.load %227 : !llvm.ptr -> !llvm.ptr
    %229 = llvm.getelementptr inbounds %arg13[11] : (!llvm.ptr) -> !llvm.ptr, i64
    %230 = llvm.load %229 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %231 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %230) : (!llvm.ptr, i64) -> !llvm.ptr
    %232 = llvm.load %231 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%148, %13, %2, %228, %232) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %233 = llvm.getelementptr inbounds %arg13[12] : (!llvm.ptr) -> !llvm.ptr, i64
    %234 = llvm.load %233 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %235 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %236 = llvm.load %235 : !llvm.ptr -> !llvm.ptr
    %237 = llvm.getelementptr inbounds %arg13[13] : (!llvm.ptr) -> !llvm.ptr, i64
    %238 = llvm.load %237 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %239 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %240 = llvm.load %239 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%147, %13, %2, %236, %240) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %241 = llvm.getelementptr inbounds %arg13[14] : (!llvm.ptr) -> !llvm.ptr, i64
    %242 = llvm.load %241 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %243 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %242) : (!llvm.ptr, i64) -> !llvm.ptr
    %244 = llvm.load %243 : !llvm.ptr -> !llvm.ptr
    %245 = llvm.getelementptr inbounds %arg13[15] : (!llvm.ptr) -> !llvm.ptr, i64
    %246 = llvm.load %245 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %247 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %246) : (!llvm.ptr, i64) -> !llvm.ptr
    %248 = llvm.load %247 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%146, %13, %2, %244, %248) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %249 = llvm.getelementptr inbounds %arg13[16] : (!llvm.ptr) -> !llvm.ptr, i64
    %250 = llvm.load %249 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %251 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %250) : (!llvm.ptr, i64) -> !llvm.ptr
    %252 = llvm.load %251 : !llvm.ptr -> !llvm.ptr
    %253 = llvm.getelementptr inbounds %arg13[17] : (!llvm.ptr) -> !llvm.ptr, i64
    %254 = llvm.load %253 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %255 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %254) : (!llvm.ptr, i64) -> !llvm.ptr
    %256 = llvm.load %255 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%145, %13, %2, %252, %256) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %257 = llvm.getelementptr inbounds %arg13[18] : (!llvm.ptr) -> !llvm.ptr, i64
    %258 = llvm.load %257 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %259 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %258) : (!llvm.ptr, i64) -> !llvm.ptr
    %260 = llvm.load %259 : !llvm.ptr -> !llvm.ptr
    %261 = llvm.getelementptr inbounds %arg13[19] : (!llvm.ptr) -> !llvm.ptr, i64
    %262 = llvm.load %261 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %263 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %262) : (!llvm.ptr, i64) -> !llvm.ptr
    %264 = llvm.load %263 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%144, %13, %2, %260, %264) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %265 = llvm.getelementptr inbounds %arg13[20] : (!llvm.ptr) -> !llvm.ptr, i64
    %266 = llvm.load %265 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %267 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %266) : (!llvm.ptr, i64) -> !llvm.ptr
    %268 = llvm.load %267 : !llvm.ptr -> !llvm.ptr
    %269 = llvm.getelementptr inbounds %arg13[21] : (!llvm.ptr) -> !llvm.ptr, i64
    %270 = llvm.load %269 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %271 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %270) : (!llvm.ptr, i64) -> !llvm.ptr
    %272 = llvm.load %271 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%143, %13, %2, %268, %272) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %273 = llvm.getelementptr inbounds %arg13[22] : (!llvm.ptr) -> !llvm.ptr, i64
    %274 = llvm.load %273 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %275 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %274) : (!llvm.ptr, i64) -> !llvm.ptr
    %276 = llvm.load %275 : !llvm.ptr -> !llvm.ptr
    %277 = llvm.getelementptr inbounds %arg13[23] : (!llvm.ptr) -> !llvm.ptr, i64
    %278 = llvm.load %277 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %279 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %278) : (!llvm.ptr, i64) -> !llvm.ptr
    %280 = llvm.load %279 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%142, %13, %2, %276, %280) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %281 = llvm.getelementptr inbounds %arg13[24] : (!llvm.ptr) -> !llvm.ptr, i64
    %282 = llvm.load %281 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %283 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %282) : (!llvm.ptr, i64) -> !llvm.ptr
    %284 = llvm.load %283 : !llvm.ptr -> !llvm.ptr
    %285 = llvm.getelementptr inbounds %arg13[25] : (!llvm.ptr) -> !llvm.ptr, i64
    %286 = llvm.load %285 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %287 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %288 = llvm.load %287 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%141, %13, %2, %284, %288) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %289 = llvm.getelementptr inbounds %arg13[26] : (!llvm.ptr) -> !llvm.ptr, i64
    %290 = llvm.load %289 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %291 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %292 = llvm.load %291 : !llvm.ptr -> !llvm.ptr
    %293 = llvm.getelementptr inbounds %arg13[27] : (!llvm.ptr) -> !llvm.ptr, i64
    %294 = llvm.load %293 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %295 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %294) : (!llvm.ptr, i64) -> !llvm.ptr
    %296 = llvm.load %295 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%140, %13, %2, %292, %296) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %297 = llvm.getelementptr inbounds %arg13[28] : (!llvm.ptr) -> !llvm.ptr, i64
    %298 = llvm.load %297 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %299 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %298) : (!llvm.ptr, i64) -> !llvm.ptr
    %300 = llvm.load %299 : !llvm.ptr -> !llvm.ptr
    %301 = llvm.getelementptr inbounds %arg13[29] : (!llvm.ptr) -> !llvm.ptr, i64
    %302 = llvm.load %301 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %303 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %302) : (!llvm.ptr, i64) -> !llvm.ptr
    %304 = llvm.load %303 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%139, %13, %2, %300, %304) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %305 = llvm.getelementptr inbounds %arg13[30] : (!llvm.ptr) -> !llvm.ptr, i64
    %306 = llvm.load %305 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %307 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %306) : (!llvm.ptr, i64) -> !llvm.ptr
    %308 = llvm.load %307 : !llvm.ptr -> !llvm.ptr
    %309 = llvm.getelementptr inbounds %arg13[31] : (!llvm.ptr) -> !llvm.ptr, i64
    %310 = llvm.load %309 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %311 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %310) : (!llvm.ptr, i64) -> !llvm.ptr
    %312 = llvm.load %311 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%138, %13, %2, %308, %312) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %313 = llvm.getelementptr inbounds %arg13[32] : (!llvm.ptr) -> !llvm.ptr, i64
    %314 = llvm.load %313 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %315 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %314) : (!llvm.ptr, i64) -> !llvm.ptr
    %316 = llvm.load %315 : !llvm.ptr -> !llvm.ptr
    %317 = llvm.getelementptr inbounds %arg13[33] : (!llvm.ptr) -> !llvm.ptr, i64
    %318 = llvm.load %317 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %319 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %318) : (!llvm.ptr, i64) -> !llvm.ptr
    %320 = llvm.load %319 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%137, %13, %2, %316, %320) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %321 = llvm.getelementptr inbounds %arg13[34] : (!llvm.ptr) -> !llvm.ptr, i64
    %322 = llvm.load %321 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %323 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %322) : (!llvm.ptr, i64) -> !llvm.ptr
    %324 = llvm.load %323 : !llvm.ptr -> !llvm.ptr
    %325 = llvm.getelementptr inbounds %arg13[35] : (!llvm.ptr) -> !llvm.ptr, i64
    %326 = llvm.load %325 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %327 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %326) : (!llvm.ptr, i64) -> !llvm.ptr
    %328 = llvm.load %327 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%136, %13, %2, %324, %328) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %329 = llvm.getelementptr inbounds %arg13[36] : (!llvm.ptr) -> !llvm.ptr, i64
    %330 = llvm.load %329 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %331 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %330) : (!llvm.ptr, i64) -> !llvm.ptr
    %332 = llvm.load %331 : !llvm.ptr -> !llvm.ptr
    %333 = llvm.getelementptr inbounds %arg13[37] : (!llvm.ptr) -> !llvm.ptr, i64
    %334 = llvm.load %333 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %335 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %334) : (!llvm.ptr, i64) -> !llvm.ptr
    %336 = llvm.load %335 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%135, %13, %2, %332, %336) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %337 = llvm.getelementptr inbounds %arg13[38] : (!llvm.ptr) -> !llvm.ptr, i64
    %338 = llvm.load %337 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %339 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %340 = llvm.load %339 : !llvm.ptr -> !llvm.ptr
    %341 = llvm.getelementptr inbounds %arg13[39] : (!llvm.ptr) -> !llvm.ptr, i64
    %342 = llvm.load %341 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %343 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %344 = llvm.load %343 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%134, %13, %2, %340, %344) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %345 = llvm.getelementptr inbounds %arg13[40] : (!llvm.ptr) -> !llvm.ptr, i64
    %346 = llvm.load %345 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %347 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %346) : (!llvm.ptr, i64) -> !llvm.ptr
    %348 = llvm.load %347 : !llvm.ptr -> !llvm.ptr
    %349 = llvm.getelementptr inbounds %arg13[41] : (!llvm.ptr) -> !llvm.ptr, i64
    %350 = llvm.load %349 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %351 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %350) : (!llvm.ptr, i64) -> !llvm.ptr
    %352 = llvm.load %351 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%133, %13, %2, %348, %352) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %353 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %14) : (!llvm.ptr, i64) -> !llvm.ptr
    %354 = llvm.load %353 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %354, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %355 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %12) : (!llvm.ptr, i64) -> !llvm.ptr
    %356 = llvm.load %355 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %356, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %357 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %358 = llvm.load %357 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %358, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %359 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %360 = llvm.load %359 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %360, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %361 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %362 = llvm.load %361 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %362, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %363 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %364 = llvm.load %363 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %364, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %365 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %366 = llvm.load %365 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %366, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %367 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %368 = llvm.load %367 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %368, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %369 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %370 = llvm.load %369 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %370, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %371 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %372 = llvm.load %371 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %372, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %373 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %374 = llvm.load %373 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %374, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %375 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %376 = llvm.load %375 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %376, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %377 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %26) : (!llvm.ptr, i64) -> !llvm.ptr
    %378 = llvm.load %377 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %378, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %379 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %24) : (!llvm.ptr, i64) -> !llvm.ptr
    %380 = llvm.load %379 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%130, %380, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %381 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %382 = llvm.load %381 : !llvm.ptr -> !llvm.ptr
    %383 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %190) : (!llvm.ptr, i64) -> !llvm.ptr
    %384 = llvm.load %383 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%127, %13, %2, %382, %384) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %385 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %194) : (!llvm.ptr, i64) -> !llvm.ptr
    %386 = llvm.load %385 : !llvm.ptr -> !llvm.ptr
    %387 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %198) : (!llvm.ptr, i64) -> !llvm.ptr
    %388 = llvm.load %387 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%126, %13, %2, %386, %388) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %389 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %202) : (!llvm.ptr, i64) -> !llvm.ptr
    %390 = llvm.load %389 : !llvm.ptr -> !llvm.ptr
    %391 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %206) : (!llvm.ptr, i64) -> !llvm.ptr
    %392 = llvm.load %391 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%125, %13, %2, %390, %392) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %393 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %210) : (!llvm.ptr, i64) -> !llvm.ptr
    %394 = llvm.load %393 : !llvm.ptr -> !llvm.ptr
    %395 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %214) : (!llvm.ptr, i64) -> !llvm.ptr
    %396 = llvm.load %395 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%124, %13, %2, %394, %396) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %397 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %218) : (!llvm.ptr, i64) -> !llvm.ptr
    %398 = llvm.load %397 : !llvm.ptr -> !llvm.ptr
    %399 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %222) : (!llvm.ptr, i64) -> !llvm.ptr
    %400 = llvm.load %399 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%123, %13, %2, %398, %400) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %401 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %226) : (!llvm.ptr, i64) -> !llvm.ptr
    %402 = llvm.load %401 : !llvm.ptr -> !llvm.ptr
    %403 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %230) : (!llvm.ptr, i64) -> !llvm.ptr
    %404 = llvm.load %403 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%122, %13, %2, %402, %404) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %405 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %406 = llvm.load %405 : !llvm.ptr -> !llvm.ptr
    %407 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %408 = llvm.load %407 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%121, %13, %2, %406, %408) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %409 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %242) : (!llvm.ptr, i64) -> !llvm.ptr
    %410 = llvm.load %409 : !llvm.ptr -> !llvm.ptr
    %411 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %246) : (!llvm.ptr, i64) -> !llvm.ptr
    %412 = llvm.load %411 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%120, %13, %2, %410, %412) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %413 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %250) : (!llvm.ptr, i64) -> !llvm.ptr
    %414 = llvm.load %413 : !llvm.ptr -> !llvm.ptr
    %415 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %254) : (!llvm.ptr, i64) -> !llvm.ptr
    %416 = llvm.load %415 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%119, %13, %2, %414, %416) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %417 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %258) : (!llvm.ptr, i64) -> !llvm.ptr
    %418 = llvm.load %417 : !llvm.ptr -> !llvm.ptr
    %419 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %262) : (!llvm.ptr, i64) -> !llvm.ptr
    %420 = llvm.load %419 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%118, %13, %2, %418, %420) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %421 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %266) : (!llvm.ptr, i64) -> !llvm.ptr
    %422 = llvm.load %421 : !llvm.ptr -> !llvm.ptr
    %423 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %270) : (!llvm.ptr, i64) -> !llvm.ptr
    %424 = llvm.load %423 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%117, %13, %2, %422, %424) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %425 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %274) : (!llvm.ptr, i64) -> !llvm.ptr
    %426 = llvm.load %425 : !llvm.ptr -> !llvm.ptr
    %427 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %278) : (!llvm.ptr, i64) -> !llvm.ptr
    %428 = llvm.load %427 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%116, %13, %2, %426, %428) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %429 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %282) : (!llvm.ptr, i64) -> !llvm.ptr
    %430 = llvm.load %429 : !llvm.ptr -> !llvm.ptr
    %431 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %432 = llvm.load %431 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%115, %13, %2, %430, %432) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %433 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %434 = llvm.load %433 : !llvm.ptr -> !llvm.ptr
    %435 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %294) : (!llvm.ptr, i64) -> !llvm.ptr
    %436 = llvm.load %435 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%114, %13, %2, %434, %436) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %437 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %298) : (!llvm.ptr, i64) -> !llvm.ptr
    %438 = llvm.load %437 : !llvm.ptr -> !llvm.ptr
    %439 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %302) : (!llvm.ptr, i64) -> !llvm.ptr
    %440 = llvm.load %439 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%113, %13, %2, %438, %440) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %441 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %306) : (!llvm.ptr, i64) -> !llvm.ptr
    %442 = llvm.load %441 : !llvm.ptr -> !llvm.ptr
    %443 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %310) : (!llvm.ptr, i64) -> !llvm.ptr
    %444 = llvm.load %443 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%112, %13, %2, %442, %444) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %445 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %314) : (!llvm.ptr, i64) -> !llvm.ptr
    %446 = llvm.load %445 : !llvm.ptr -> !llvm.ptr
    %447 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %318) : (!llvm.ptr, i64) -> !llvm.ptr
    %448 = llvm.load %447 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%111, %13, %2, %446, %448) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %449 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %322) : (!llvm.ptr, i64) -> !llvm.ptr
    %450 = llvm.load %449 : !llvm.ptr -> !llvm.ptr
    %451 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %326) : (!llvm.ptr, i64) -> !llvm.ptr
    %452 = llvm.load %451 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%110, %13, %2, %450, %452) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %453 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %330) : (!llvm.ptr, i64) -> !llvm.ptr
    %454 = llvm.load %453 : !llvm.ptr -> !llvm.ptr
    %455 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %334) : (!llvm.ptr, i64) -> !llvm.ptr
    %456 = llvm.load %455 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%109, %13, %2, %454, %456) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %457 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %458 = llvm.load %457 : !llvm.ptr -> !llvm.ptr
    %459 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %460 = llvm.load %459 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%108, %13, %2, %458, %460) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %461 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %346) : (!llvm.ptr, i64) -> !llvm.ptr
    %462 = llvm.load %461 : !llvm.ptr -> !llvm.ptr
    %463 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %350) : (!llvm.ptr, i64) -> !llvm.ptr
    %464 = llvm.load %463 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%107, %13, %2, %462, %464) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %465 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %14) : (!llvm.ptr, i64) -> !llvm.ptr
    %466 = llvm.load %465 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %466, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %467 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %12) : (!llvm.ptr, i64) -> !llvm.ptr
    %468 = llvm.load %467 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %468, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %469 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %470 = llvm.load %469 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %470, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %471 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %472 = llvm.load %471 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %472, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %473 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %474 = llvm.load %473 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %474, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %475 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %476 = llvm.load %475 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %476, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %477 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %478 = llvm.load %477 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %478, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %479 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %480 = llvm.load %479 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %480, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %481 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %482 = llvm.load %481 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %482, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %483 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %484 = llvm.load %483 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %484, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %485 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %486 = llvm.load %485 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %486, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %487 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %488 = llvm.load %487 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %488, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %489 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %26) : (!llvm.ptr, i64) -> !llvm.ptr
    %490 = llvm.load %489 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %490, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %491 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %24) : (!llvm.ptr, i64) -> !llvm.ptr
    %492 = llvm.load %491 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%103, %492, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %493 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %494 = llvm.load %493 : !llvm.ptr -> !llvm.ptr
    %495 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %190) : (!llvm.ptr, i64) -> !llvm.ptr
    %496 = llvm.load %495 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%100, %13, %2, %494, %496) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %497 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %194) : (!llvm.ptr, i64) -> !llvm.ptr
    %498 = llvm.load %497 : !llvm.ptr -> !llvm.ptr
    %499 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %198) : (!llvm.ptr, i64) -> !llvm.ptr
    %500 = llvm.load %499 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%98, %13, %2, %498, %500) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %501 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %202) : (!llvm.ptr, i64) -> !llvm.ptr
    %502 = llvm.load %501 : !llvm.ptr -> !llvm.ptr
    %503 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %206) : (!llvm.ptr, i64) -> !llvm.ptr
    %504 = llvm.load %503 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%95, %13, %2, %502, %504) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %505 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %210) : (!llvm.ptr, i64) -> !llvm.ptr
    %506 = llvm.load %505 : !llvm.ptr -> !llvm.ptr
    %507 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %214) : (!llvm.ptr, i64) -> !llvm.ptr
    %508 = llvm.load %507 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%92, %13, %2, %506, %508) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %509 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %218) : (!llvm.ptr, i64) -> !llvm.ptr
    %510 = llvm.load %509 : !llvm.ptr -> !llvm.ptr
    %511 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %222) : (!llvm.ptr, i64) -> !llvm.ptr
    %512 = llvm.load %511 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%89, %13, %2, %510, %512) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %513 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %226) : (!llvm.ptr, i64) -> !llvm.ptr
    %514 = llvm.load %513 : !llvm.ptr -> !llvm.ptr
    %515 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %230) : (!llvm.ptr, i64) -> !llvm.ptr
    %516 = llvm.load %515 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%86, %13, %2, %514, %516) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %517 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %518 = llvm.load %517 : !llvm.ptr -> !llvm.ptr
    %519 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %520 = llvm.load %519 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%83, %13, %2, %518, %520) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %521 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %242) : (!llvm.ptr, i64) -> !llvm.ptr
    %522 = llvm.load %521 : !llvm.ptr -> !llvm.ptr
    %523 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %246) : (!llvm.ptr, i64) -> !llvm.ptr
    %524 = llvm.load %523 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%80, %13, %2, %522, %524) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %525 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %250) : (!llvm.ptr, i64) -> !llvm.ptr
    %526 = llvm.load %525 : !llvm.ptr -> !llvm.ptr
    %527 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %254) : (!llvm.ptr, i64) -> !llvm.ptr
    %528 = llvm.load %527 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%77, %13, %2, %526, %528) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %529 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %258) : (!llvm.ptr, i64) -> !llvm.ptr
    %530 = llvm.load %529 : !llvm.ptr -> !llvm.ptr
    %531 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %262) : (!llvm.ptr, i64) -> !llvm.ptr
    %532 = llvm.load %531 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%74, %13, %2, %530, %532) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %533 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %266) : (!llvm.ptr, i64) -> !llvm.ptr
    %534 = llvm.load %533 : !llvm.ptr -> !llvm.ptr
    %535 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %270) : (!llvm.ptr, i64) -> !llvm.ptr
    %536 = llvm.load %535 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%71, %13, %2, %534, %536) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %537 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %274) : (!llvm.ptr, i64) -> !llvm.ptr
    %538 = llvm.load %537 : !llvm.ptr -> !llvm.ptr
    %539 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %278) : (!llvm.ptr, i64) -> !llvm.ptr
    %540 = llvm.load %539 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%68, %13, %2, %538, %540) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %541 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %282) : (!llvm.ptr, i64) -> !llvm.ptr
    %542 = llvm.load %541 : !llvm.ptr -> !llvm.ptr
    %543 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %544 = llvm.load %543 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%65, %13, %2, %542, %544) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %545 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %546 = llvm.load %545 : !llvm.ptr -> !llvm.ptr
    %547 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %294) : (!llvm.ptr, i64) -> !llvm.ptr
    %548 = llvm.load %547 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%62, %13, %2, %546, %548) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %549 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %298) : (!llvm.ptr, i64) -> !llvm.ptr
    %550 = llvm.load %549 : !llvm.ptr -> !llvm.ptr
    %551 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %302) : (!llvm.ptr, i64) -> !llvm.ptr
    %552 = llvm.load %551 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%59, %13, %2, %550, %552) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %553 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %306) : (!llvm.ptr, i64) -> !llvm.ptr
    %554 = llvm.load %553 : !llvm.ptr -> !llvm.ptr
    %555 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %310) : (!llvm.ptr, i64) -> !llvm.ptr
    %556 = llvm.load %555 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%56, %13, %2, %554, %556) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %557 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %314) : (!llvm.ptr, i64) -> !llvm.ptr
    %558 = llvm.load %557 : !llvm.ptr -> !llvm.ptr
    %559 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %318) : (!llvm.ptr, i64) -> !llvm.ptr
    %560 = llvm.load %559 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%53, %13, %2, %558, %560) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %561 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %322) : (!llvm.ptr, i64) -> !llvm.ptr
    %562 = llvm.load %561 : !llvm.ptr -> !llvm.ptr
    %563 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %326) : (!llvm.ptr, i64) -> !llvm.ptr
    %564 = llvm.load %563 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%50, %13, %2, %562, %564) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %565 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %330) : (!llvm.ptr, i64) -> !llvm.ptr
    %566 = llvm.load %565 : !llvm.ptr -> !llvm.ptr
    %567 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %334) : (!llvm.ptr, i64) -> !llvm.ptr
    %568 = llvm.load %567 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%47, %13, %2, %566, %568) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %569 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %570 = llvm.load %569 : !llvm.ptr -> !llvm.ptr
    %571 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %572 = llvm.load %571 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%44, %13, %2, %570, %572) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %573 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %346) : (!llvm.ptr, i64) -> !llvm.ptr
    %574 = llvm.load %573 : !llvm.ptr -> !llvm.ptr
    %575 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %350) : (!llvm.ptr, i64) -> !llvm.ptr
    %576 = llvm.load %575 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%41, %13, %2, %574, %576) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %577 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %24) : (!llvm.ptr, i64) -> !llvm.ptr
    %578 = llvm.load %577 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %578, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %579 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %26) : (!llvm.ptr, i64) -> !llvm.ptr
    %580 = llvm.load %579 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %580, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %581 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %582 = llvm.load %581 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %582, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %583 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %584 = llvm.load %583 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %584, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %585 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %586 = llvm.load %585 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %586, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %587 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %588 = llvm.load %587 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %588, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %589 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %590 = llvm.load %589 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %590, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %591 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %592 = llvm.load %591 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %592, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %593 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %594 = llvm.load %593 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %594, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %595 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %596 = llvm.load %595 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %596, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %597 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %598 = llvm.load %597 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %598, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %599 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %600 = llvm.load %599 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %600, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %601 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %12) : (!llvm.ptr, i64) -> !llvm.ptr
    %602 = llvm.load %601 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %602, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %603 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %14) : (!llvm.ptr, i64) -> !llvm.ptr
    %604 = llvm.load %603 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%35, %604, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %605 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %606 = llvm.load %605 : !llvm.ptr -> !llvm.ptr
    %607 = llvm.call @__catalyst__qis__NamedObs(%3, %606) : (i64, !llvm.ptr) -> i64
    %608 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %190) : (!llvm.ptr, i64) -> !llvm.ptr
    %609 = llvm.load %608 : !llvm.ptr -> !llvm.ptr
    %610 = llvm.call @__catalyst__qis__NamedObs(%3, %609) : (i64, !llvm.ptr) -> i64
    %611 = llvm.call @__catalyst__qis__TensorObs(%2, %607, %610) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %612 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %194) : (!llvm.ptr, i64) -> !llvm.ptr
    %613 = llvm.load %612 : !llvm.ptr -> !llvm.ptr
    %614 = llvm.call @__catalyst__qis__NamedObs(%3, %613) : (i64, !llvm.ptr) -> i64
    %615 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %198) : (!llvm.ptr, i64) -> !llvm.ptr
    %616 = llvm.load %615 : !llvm.ptr -> !llvm.ptr
    %617 = llvm.call @__catalyst__qis__NamedObs(%3, %616) : (i64, !llvm.ptr) -> i64
    %618 = llvm.call @__catalyst__qis__TensorObs(%2, %614, %617) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %619 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %202) : (!llvm.ptr, i64) -> !llvm.ptr
    %620 = llvm.load %619 : !llvm.ptr -> !llvm.ptr
    %621 = llvm.call @__catalyst__qis__NamedObs(%3, %620) : (i64, !llvm.ptr) -> i64
    %622 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %206) : (!llvm.ptr, i64) -> !llvm.ptr
    %623 = llvm.load %622 : !llvm.ptr -> !llvm.ptr
    %624 = llvm.call @__catalyst__qis__NamedObs(%3, %623) : (i64, !llvm.ptr) -> i64
    %625 = llvm.call @__catalyst__qis__TensorObs(%2, %621, %624) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %626 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %210) : (!llvm.ptr, i64) -> !llvm.ptr
    %627 = llvm.load %626 : !llvm.ptr -> !llvm.ptr
    %628 = llvm.call @__catalyst__qis__NamedObs(%3, %627) : (i64, !llvm.ptr) -> i64
    %629 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %214) : (!llvm.ptr, i64) -> !llvm.ptr
    %630 = llvm.load %629 : !llvm.ptr -> !llvm.ptr
    %631 = llvm.call @__catalyst__qis__NamedObs(%3, %630) : (i64, !llvm.ptr) -> i64
    %632 = llvm.call @__catalyst__qis__TensorObs(%2, %628, %631) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %633 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %218) : (!llvm.ptr, i64) -> !llvm.ptr
    %634 = llvm.load %633 : !llvm.ptr -> !llvm.ptr
    %635 = llvm.call @__catalyst__qis__NamedObs(%3, %634) : (i64, !llvm.ptr) -> i64
    %636 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %222) : (!llvm.ptr, i64) -> !llvm.ptr
    %637 = llvm.load %636 : !llvm.ptr -> !llvm.ptr
    %638 = llvm.call @__catalyst__qis__NamedObs(%3, %637) : (i64, !llvm.ptr) -> i64
    %639 = llvm.call @__catalyst__qis__TensorObs(%2, %635, %638) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %640 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %226) : (!llvm.ptr, i64) -> !llvm.ptr
    %641 = llvm.load %640 : !llvm.ptr -> !llvm.ptr
    %642 = llvm.call @__catalyst__qis__NamedObs(%3, %641) : (i64, !llvm.ptr) -> i64
    %643 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %230) : (!llvm.ptr, i64) -> !llvm.ptr
    %644 = llvm.load %643 : !llvm.ptr -> !llvm.ptr
    %645 = llvm.call @__catalyst__qis__NamedObs(%3, %644) : (i64, !llvm.ptr) -> i64
    %646 = llvm.call @__catalyst__qis__TensorObs(%2, %642, %645) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %647 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %648 = llvm.load %647 : !llvm.ptr -> !llvm.ptr
    %649 = llvm.call @__catalyst__qis__NamedObs(%3, %648) : (i64, !llvm.ptr) -> i64
    %650 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %651 = llvm.load %650 : !llvm.ptr -> !llvm.ptr
    %652 = llvm.call @__catalyst__qis__NamedObs(%3, %651) : (i64, !llvm.ptr) -> i64
    %653 = llvm.call @__catalyst__qis__TensorObs(%2, %649, %652) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %654 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %242) : (!llvm.ptr, i64) -> !llvm.ptr
    %655 = llvm.load %654 : !llvm.ptr -> !llvm.ptr
    %656 = llvm.call @__catalyst__qis__NamedObs(%3, %655) : (i64, !llvm.ptr) -> i64
    %657 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %246) : (!llvm.ptr, i64) -> !llvm.ptr
    %658 = llvm.load %657 : !llvm.ptr -> !llvm.ptr
    %659 = llvm.call @__catalyst__qis__NamedObs(%3, %658) : (i64, !llvm.ptr) -> i64
    %660 = llvm.call @__catalyst__qis__TensorObs(%2, %656, %659) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %661 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %250) : (!llvm.ptr, i64) -> !llvm.ptr
    %662 = llvm.load %661 : !llvm.ptr -> !llvm.ptr
    %663 = llvm.call @__catalyst__qis__NamedObs(%3, %662) : (i64, !llvm.ptr) -> i64
    %664 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %254) : (!llvm.ptr, i64) -> !llvm.ptr
    %665 = llvm.load %664 : !llvm.ptr -> !llvm.ptr
    %666 = llvm.call @__catalyst__qis__NamedObs(%3, %665) : (i64, !llvm.ptr) -> i64
    %667 = llvm.call @__catalyst__qis__TensorObs(%2, %663, %666) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %668 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %258) : (!llvm.ptr, i64) -> !llvm.ptr
    %669 = llvm.load %668 : !llvm.ptr -> !llvm.ptr
    %670 = llvm.call @__catalyst__qis__NamedObs(%3, %669) : (i64, !llvm.ptr) -> i64
    %671 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %262) : (!llvm.ptr, i64) -> !llvm.ptr
    %672 = llvm.load %671 : !llvm.ptr -> !llvm.ptr
    %673 = llvm.call @__catalyst__qis__NamedObs(%3, %672) : (i64, !llvm.ptr) -> i64
    %674 = llvm.call @__catalyst__qis__TensorObs(%2, %670, %673) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %675 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %266) : (!llvm.ptr, i64) -> !llvm.ptr
    %676 = llvm.load %675 : !llvm.ptr -> !llvm.ptr
    %677 = llvm.call @__catalyst__qis__NamedObs(%3, %676) : (i64, !llvm.ptr) -> i64
    %678 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %270) : (!llvm.ptr, i64) -> !llvm.ptr
    %679 = llvm.load %678 : !llvm.ptr -> !llvm.ptr
    %680 = llvm.call @__catalyst__qis__NamedObs(%3, %679) : (i64, !llvm.ptr) -> i64
    %681 = llvm.call @__catalyst__qis__TensorObs(%2, %677, %680) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %682 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %274) : (!llvm.ptr, i64) -> !llvm.ptr
    %683 = llvm.load %682 : !llvm.ptr -> !llvm.ptr
    %684 = llvm.call @__catalyst__qis__NamedObs(%3, %683) : (i64, !llvm.ptr) -> i64
    %685 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %278) : (!llvm.ptr, i64) -> !llvm.ptr
    %686 = llvm.load %685 : !llvm.ptr -> !llvm.ptr
    %687 = llvm.call @__catalyst__qis__NamedObs(%3, %686) : (i64, !llvm.ptr) -> i64
    %688 = llvm.call @__catalyst__qis__TensorObs(%2, %684, %687) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %689 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %282) : (!llvm.ptr, i64) -> !llvm.ptr
    %690 = llvm.load %689 : !llvm.ptr -> !llvm.ptr
    %691 = llvm.call @__catalyst__qis__NamedObs(%3, %690) : (i64, !llvm.ptr) -> i64
    %692 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %693 = llvm.load %692 : !llvm.ptr -> !llvm.ptr
    %694 = llvm.call @__catalyst__qis__NamedObs(%3, %693) : (i64, !llvm.ptr) -> i64
    %695 = llvm.call @__catalyst__qis__TensorObs(%2, %691, %694) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %696 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %697 = llvm.load %696 : !llvm.ptr -> !llvm.ptr
    %698 = llvm.call @__catalyst__qis__NamedObs(%3, %697) : (i64, !llvm.ptr) -> i64
    %699 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %294) : (!llvm.ptr, i64) -> !llvm.ptr
    %700 = llvm.load %699 : !llvm.ptr -> !llvm.ptr
    %701 = llvm.call @__catalyst__qis__NamedObs(%3, %700) : (i64, !llvm.ptr) -> i64
    %702 = llvm.call @__catalyst__qis__TensorObs(%2, %698, %701) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %703 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %298) : (!llvm.ptr, i64) -> !llvm.ptr
    %704 = llvm.load %703 : !llvm.ptr -> !llvm.ptr
    %705 = llvm.call @__catalyst__qis__NamedObs(%3, %704) : (i64, !llvm.ptr) -> i64
    %706 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %302) : (!llvm.ptr, i64) -> !llvm.ptr
    %707 = llvm.load %706 : !llvm.ptr -> !llvm.ptr
    %708 = llvm.call @__catalyst__qis__NamedObs(%3, %707) : (i64, !llvm.ptr) -> i64
    %709 = llvm.call @__catalyst__qis__TensorObs(%2, %705, %708) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %710 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %306) : (!llvm.ptr, i64) -> !llvm.ptr
    %711 = llvm.load %710 : !llvm.ptr -> !llvm.ptr
    %712 = llvm.call @__catalyst__qis__NamedObs(%3, %711) : (i64, !llvm.ptr) -> i64
    %713 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %310) : (!llvm.ptr, i64) -> !llvm.ptr
    %714 = llvm.load %713 : !llvm.ptr -> !llvm.ptr
    %715 = llvm.call @__catalyst__qis__NamedObs(%3, %714) : (i64, !llvm.ptr) -> i64
    %716 = llvm.call @__catalyst__qis__TensorObs(%2, %712, %715) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %717 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %314) : (!llvm.ptr, i64) -> !llvm.ptr
    %718 = llvm.load %717 : !llvm.ptr -> !llvm.ptr
    %719 = llvm.call @__catalyst__qis__NamedObs(%3, %718) : (i64, !llvm.ptr) -> i64
    %720 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %318) : (!llvm.ptr, i64) -> !llvm.ptr
    %721 = llvm.load %720 : !llvm.ptr -> !llvm.ptr
    %722 = llvm.call @__catalyst__qis__NamedObs(%3, %721) : (i64, !llvm.ptr) -> i64
    %723 = llvm.call @__catalyst__qis__TensorObs(%2, %719, %722) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %724 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %322) : (!llvm.ptr, i64) -> !llvm.ptr
    %725 = llvm.load %724 : !llvm.ptr -> !llvm.ptr
    %726 = llvm.call @__catalyst__qis__NamedObs(%3, %725) : (i64, !llvm.ptr) -> i64
    %727 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %326) : (!llvm.ptr, i64) -> !llvm.ptr
    %728 = llvm.load %727 : !llvm.ptr -> !llvm.ptr
    %729 = llvm.call @__catalyst__qis__NamedObs(%3, %728) : (i64, !llvm.ptr) -> i64
    %730 = llvm.call @__catalyst__qis__TensorObs(%2, %726, %729) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %731 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %330) : (!llvm.ptr, i64) -> !llvm.ptr
    %732 = llvm.load %731 : !llvm.ptr -> !llvm.ptr
    %733 = llvm.call @__catalyst__qis__NamedObs(%3, %732) : (i64, !llvm.ptr) -> i64
    %734 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %334) : (!llvm.ptr, i64) -> !llvm.ptr
    %735 = llvm.load %734 : !llvm.ptr -> !llvm.ptr
    %736 = llvm.call @__catalyst__qis__NamedObs(%3, %735) : (i64, !llvm.ptr) -> i64
    %737 = llvm.call @__catalyst__qis__TensorObs(%2, %733, %736) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %738 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %739 = llvm.load %738 : !llvm.ptr -> !llvm.ptr
    %740 = llvm.call @__catalyst__qis__NamedObs(%3, %739) : (i64, !llvm.ptr) -> i64
    %741 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %742 = llvm.load %741 : !llvm.ptr -> !llvm.ptr
    %743 = llvm.call @__catalyst__qis__NamedObs(%3, %742) : (i64, !llvm.ptr) -> i64
    %744 = llvm.call @__catalyst__qis__TensorObs(%2, %740, %743) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %745 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %346) : (!llvm.ptr, i64) -> !llvm.ptr
    %746 = llvm.load %745 : !llvm.ptr -> !llvm.ptr
    %747 = llvm.call @__catalyst__qis__NamedObs(%3, %746) : (i64, !llvm.ptr) -> i64
    %748 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%157, %350) : (!llvm.ptr, i64) -> !llvm.ptr
    %749 = llvm.load %748 : !llvm.ptr -> !llvm.ptr
    %750 = llvm.call @__catalyst__qis__NamedObs(%3, %749) : (i64, !llvm.ptr) -> i64
    %751 = llvm.call @__catalyst__qis__TensorObs(%2, %747, %750) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    llvm.store %32, %27 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %752 = llvm.call @__catalyst__qis__HamiltonianObs(%27, %1, %611, %618, %625, %632, %639, %646, %653, %660, %667, %674, %681, %688, %695, %702, %709, %716, %723, %730, %737, %744, %751) vararg(!llvm.func<i64 (ptr, i64, ...)>) : (!llvm.ptr, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) -> i64
    %753 = llvm.call @__catalyst__qis__Expval(%752) : (i64) -> f64
    %754 = llvm.getelementptr %13[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %755 = llvm.ptrtoint %754 : !llvm.ptr to i64
    %756 = llvm.add %755, %0 : i64
    %757 = llvm.call @_mlir_memref_to_llvm_alloc(%756) : (i64) -> !llvm.ptr
    %758 = llvm.ptrtoint %757 : !llvm.ptr to i64
    %759 = llvm.sub %0, %20 : i64
    %760 = llvm.add %758, %759 : i64
    %761 = llvm.urem %760, %0 : i64
    %762 = llvm.sub %760, %761 : i64
    %763 = llvm.inttoptr %762 : i64 to !llvm.ptr
    %764 = llvm.insertvalue %757, %22[0] : !llvm.struct<(ptr, ptr, i64)> 
    %765 = llvm.insertvalue %763, %764[1] : !llvm.struct<(ptr, ptr, i64)> 
    %766 = llvm.insertvalue %21, %765[2] : !llvm.struct<(ptr, ptr, i64)> 
    llvm.store %753, %763 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    llvm.call @__catalyst__rt__qubit_release_array(%157) : (!llvm.ptr) -> ()
    llvm.call @__catalyst__rt__device_release() : () -> ()
    llvm.return %766 : !llvm.struct<(ptr, ptr, i64)>
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
    %0 = llvm.mlir.constant(21 : i64) : i64
    %1 = llvm.mlir.constant(2 : i64) : i64
    %2 = llvm.mlir.constant(3 : i64) : i64
    %3 = llvm.mlir.constant(4 : i64) : i64
    %4 = llvm.mlir.constant(5 : i64) : i64
    %5 = llvm.mlir.constant(6 : i64) : i64
    %6 = llvm.mlir.constant(7 : i64) : i64
    %7 = llvm.mlir.constant(8 : i64) : i64
    %8 = llvm.mlir.constant(9 : i64) : i64
    %9 = llvm.mlir.constant(10 : i64) : i64
    %10 = llvm.mlir.constant(11 : i64) : i64
    %11 = llvm.mlir.constant(12 : i64) : i64
    %12 = llvm.mlir.zero : !llvm.ptr
    %13 = llvm.mlir.constant(13 : i64) : i64
    %14 = llvm.mlir.constant(14 : i64) : i64
    %15 = llvm.mlir.constant(false) : i1
    %16 = llvm.mlir.addressof @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}" : !llvm.ptr
    %17 = llvm.mlir.addressof @LightningSimulator : !llvm.ptr
    %18 = llvm.mlir.addressof @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so" : !llvm.ptr
    %19 = llvm.mlir.constant(2.000000e+00 : f64) : f64
    %20 = llvm.mlir.constant(0 : i64) : i64
    %21 = llvm.mlir.poison : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    %22 = llvm.mlir.constant(1 : i64) : i64
    %23 = llvm.alloca %22 x !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> : (i64) -> !llvm.ptr
    %24 = llvm.insertvalue %arg7, %21[0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %25 = llvm.insertvalue %arg8, %24[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %26 = llvm.insertvalue %arg9, %25[2] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %27 = llvm.insertvalue %arg10, %26[3, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %28 = llvm.insertvalue %arg11, %27[4, 0] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %29 = llvm.getelementptr inbounds %arg1[5] : (!llvm.ptr) -> !llvm.ptr, f64
    %30 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %31 = llvm.fmul %30, %19 : f64
    %32 = llvm.getelementptr inbounds %arg1[2] : (!llvm.ptr) -> !llvm.ptr, f64
    %33 = llvm.load %32 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %34 = llvm.fmul %33, %19 : f64
    %35 = llvm.getelementptr inbounds %arg8[20] : (!llvm.ptr) -> !llvm.ptr, f64
    %36 = llvm.load %35 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %37 = llvm.fmul %34, %36 : f64
    %38 = llvm.getelementptr inbounds %arg8[19] : (!llvm.ptr) -> !llvm.ptr, f64
    %39 = llvm.load %38 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %40 = llvm.fmul %34, %39 : f64
    %41 = llvm.getelementptr inbounds %arg8[18] : (!llvm.ptr) -> !llvm.ptr, f64
    %42 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %43 = llvm.fmul %34, %42 : f64
    %44 = llvm.getelementptr inbounds %arg8[17] : (!llvm.ptr) -> !llvm.ptr, f64
    %45 = llvm.load %44 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %46 = llvm.fmul %34, %45 : f64
    %47 = llvm.getelementptr inbounds %arg8[16] : (!llvm.ptr) -> !llvm.ptr, f64
    %48 = llvm.load %47 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %49 = llvm.fmul %34, %48 : f64
    %50 = llvm.getelementptr inbounds %arg8[15] : (!llvm.ptr) -> !llvm.ptr, f64
    %51 = llvm.load %50 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %52 = llvm.fmul %34, %51 : f64
    %53 = llvm.getelementptr inbounds %arg8[14] : (!llvm.ptr) -> !llvm.ptr, f64
    %54 = llvm.load %53 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %55 = llvm.fmul %34, %54 : f64
    %56 = llvm.getelementptr inbounds %arg8[13] : (!llvm.ptr) -> !llvm.ptr, f64
    %57 = llvm.load %56 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %58 = llvm.fmul %34, %57 : f64
    %59 = llvm.getelementptr inbounds %arg8[12] : (!llvm.ptr) -> !llvm.ptr, f64
    %60 = llvm.load %59 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %61 = llvm.fmul %34, %60 : f64
    %62 = llvm.getelementptr inbounds %arg8[11] : (!llvm.ptr) -> !llvm.ptr, f64
    %63 = llvm.load %62 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %64 = llvm.fmul %34, %63 : f64
    %65 = llvm.getelementptr inbounds %arg8[10] : (!llvm.ptr) -> !llvm.ptr, f64
    %66 = llvm.load %65 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %67 = llvm.fmul %34, %66 : f64
    %68 = llvm.getelementptr inbounds %arg8[9] : (!llvm.ptr) -> !llvm.ptr, f64
    %69 = llvm.load %68 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %70 = llvm.fmul %34, %69 : f64
    %71 = llvm.getelementptr inbounds %arg8[8] : (!llvm.ptr) -> !llvm.ptr, f64
    %72 = llvm.load %71 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %73 = llvm.fmul %34, %72 : f64
    %74 = llvm.getelementptr inbounds %arg8[7] : (!llvm.ptr) -> !llvm.ptr, f64
    %75 = llvm.load %74 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %76 = llvm.fmul %34, %75 : f64
    %77 = llvm.getelementptr inbounds %arg8[6] : (!llvm.ptr) -> !llvm.ptr, f64
    %78 = llvm.load %77 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %79 = llvm.fmul %34, %78 : f64
    %80 = llvm.getelementptr inbounds %arg8[5] : (!llvm.ptr) -> !llvm.ptr, f64
    %81 = llvm.load %80 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %82 = llvm.fmul %34, %81 : f64
    %83 = llvm.getelementptr inbounds %arg8[4] : (!llvm.ptr) -> !llvm.ptr, f64
    %84 = llvm.load %83 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %85 = llvm.fmul %34, %84 : f64
    %86 = llvm.getelementptr inbounds %arg8[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %87 = llvm.load %86 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %88 = llvm.fmul %34, %87 : f64
    %89 = llvm.getelementptr inbounds %arg8[2] : (!llvm.ptr) -> !llvm.ptr, f64
    %90 = llvm.load %89 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %91 = llvm.fmul %34, %90 : f64
    %92 = llvm.getelementptr inbounds %arg8[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %93 = llvm.load %92 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %94 = llvm.fmul %34, %93 : f64
    %95 = llvm.load %arg8 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %96 = llvm.fmul %34, %95 : f64
    %97 = llvm.getelementptr inbounds %arg1[4] : (!llvm.ptr) -> !llvm.ptr, f64
    %98 = llvm.load %97 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %99 = llvm.fmul %98, %19 : f64
    %100 = llvm.getelementptr inbounds %arg1[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %101 = llvm.load %100 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %102 = llvm.fmul %101, %19 : f64
    %103 = llvm.fmul %102, %36 : f64
    %104 = llvm.fmul %102, %39 : f64
    %105 = llvm.fmul %102, %42 : f64
    %106 = llvm.fmul %102, %45 : f64
    %107 = llvm.fmul %102, %48 : f64
    %108 = llvm.fmul %102, %51 : f64
    %109 = llvm.fmul %102, %54 : f64
    %110 = llvm.fmul %102, %57 : f64
    %111 = llvm.fmul %102, %60 : f64
    %112 = llvm.fmul %102, %63 : f64
    %113 = llvm.fmul %102, %66 : f64
    %114 = llvm.fmul %102, %69 : f64
    %115 = llvm.fmul %102, %72 : f64
    %116 = llvm.fmul %102, %75 : f64
    %117 = llvm.fmul %102, %78 : f64
    %118 = llvm.fmul %102, %81 : f64
    %119 = llvm.fmul %102, %84 : f64
    %120 = llvm.fmul %102, %87 : f64
    %121 = llvm.fmul %102, %90 : f64
    %122 = llvm.fmul %102, %93 : f64
    %123 = llvm.fmul %102, %95 : f64
    %124 = llvm.getelementptr inbounds %arg1[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %125 = llvm.load %124 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %126 = llvm.fmul %125, %19 : f64
    %127 = llvm.load %arg1 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %128 = llvm.fmul %127, %19 : f64
    %129 = llvm.fmul %128, %36 : f64
    %130 = llvm.fmul %128, %39 : f64
    %131 = llvm.fmul %128, %42 : f64
    %132 = llvm.fmul %128, %45 : f64
    %133 = llvm.fmul %128, %48 : f64
    %134 = llvm.fmul %128, %51 : f64
    %135 = llvm.fmul %128, %54 : f64
    %136 = llvm.fmul %128, %57 : f64
    %137 = llvm.fmul %128, %60 : f64
    %138 = llvm.fmul %128, %63 : f64
    %139 = llvm.fmul %128, %66 : f64
    %140 = llvm.fmul %128, %69 : f64
    %141 = llvm.fmul %128, %72 : f64
    %142 = llvm.fmul %128, %75 : f64
    %143 = llvm.fmul %128, %78 : f64
    %144 = llvm.fmul %128, %81 : f64
    %145 = llvm.fmul %128, %84 : f64
    %146 = llvm.fmul %128, %87 : f64
    %147 = llvm.fmul %128, %90 : f64
    %148 = llvm.fmul %128, %93 : f64
    %149 = llvm.fmul %128, %95 : f64
    %150 = llvm.getelementptr inbounds %18[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<97 x i8>
    %151 = llvm.getelementptr inbounds %17[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<19 x i8>
    %152 = llvm.getelementptr inbounds %16[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<54 x i8>
    llvm.call @__catalyst__rt__device_init(%150, %151, %152, %20, %15) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i1) -> ()
    %153 = llvm.call @__catalyst__rt__qubit_allocate_array(%14) : (i64) -> !llvm.ptr
    %154 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %13) : (!llvm.ptr, i64) -> !llvm.ptr
    %155 = llvm.load %154 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%155, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %156 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %157 = llvm.load %156 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%157, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %158 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %159 = llvm.load %158 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%159, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %160 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %161 = llvm.load %160 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%161, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %162 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %163 = llvm.load %162 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%163, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %164 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %165 = llvm.load %164 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%165, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %166 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %167 = llvm.load %166 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%167, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %168 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %169 = llvm.load %168 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%169, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %170 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %171 = llvm.load %170 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%171, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %172 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %173 = llvm.load %172 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%173, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %174 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %175 = llvm.load %174 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%175, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %176 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %177 = llvm.load %176 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%177, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %178 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %22) : (!llvm.ptr, i64) -> !llvm.ptr
    %179 = llvm.load %178 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%179, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %180 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %20) : (!llvm.ptr, i64) -> !llvm.ptr
    %181 = llvm.load %180 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%181, %12) : (!llvm.ptr, !llvm.ptr) -> ()
    %182 = llvm.load %arg13 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %183 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %182) : (!llvm.ptr, i64) -> !llvm.ptr
    %184 = llvm.load %183 : !llvm.ptr -> !llvm.ptr
    %185 = llvm.getelementptr inbounds %arg13[1] : (!llvm.ptr) -> !llvm.ptr, i64
    %186 = llvm.load %185 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %187 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %188 = llvm.load %187 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%149, %12, %1, %184, %188) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %189 = llvm.getelementptr inbounds %arg13[2] : (!llvm.ptr) -> !llvm.ptr, i64
    %190 = llvm.load %189 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %191 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %190) : (!llvm.ptr, i64) -> !llvm.ptr
    %192 = llvm.load %191 : !llvm.ptr -> !llvm.ptr
    %193 = llvm.getelementptr inbounds %arg13[3] : (!llvm.ptr) -> !llvm.ptr, i64
    %194 = llvm.load %193 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %195 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %194) : (!llvm.ptr, i64) -> !llvm.ptr
    %196 = llvm.load %195 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%148, %12, %1, %192, %196) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %197 = llvm.getelementptr inbounds %arg13[4] : (!llvm.ptr) -> !llvm.ptr, i64
    %198 = llvm.load %197 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %199 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %198) : (!llvm.ptr, i64) -> !llvm.ptr
    %200 = llvm.load %199 : !llvm.ptr -> !llvm.ptr
    %201 = llvm.getelementptr inbounds %arg13[5] : (!llvm.ptr) -> !llvm.ptr, i64
    %202 = llvm.load %201 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %203 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %202) : (!llvm.ptr, i64) -> !llvm.ptr
    %204 = llvm.load %203 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%147, %12, %1, %200, %204) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %205 = llvm.getelementptr inbounds %arg13[6] : (!llvm.ptr) -> !llvm.ptr, i64
    %206 = llvm.load %205 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %207 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %206) : (!llvm.ptr, i64) -> !llvm.ptr
    %208 = llvm.load %207 : !llvm.ptr -> !llvm.ptr
    %209 = llvm.getelementptr inbounds %arg13[7] : (!llvm.ptr) -> !llvm.ptr, i64
    %210 = llvm.load %209 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %211 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %210) : (!llvm.ptr, i64) -> !llvm.ptr
    %212 = llvm.load %211 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%146, %12, %1, %208, %212) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %213 = llvm.getelementptr inbounds %arg13[8] : (!llvm.ptr) -> !llvm.ptr, i64
    %214 = llvm.load %213 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %215 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %214) : (!llvm.ptr, i64) -> !llvm.ptr
    %216 = llvm.load %215 : !llvm.ptr -> !llvm.ptr
    %217 = llvm.getelementptr inbounds %arg13[9] : (!llvm.ptr) -> !llvm.ptr, i64
    %218 = llvm.load %217 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %219 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %218) : (!llvm.ptr, i64) -> !llvm.ptr
    %220 = llvm.load %219 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%145, %12, %1, %216, %220) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %221 = llvm.getelementptr inbounds %arg13[10] : (!llvm.ptr) -> !llvm.ptr, i64
    %222 = llvm.load %221 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %223 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %222) : (!llvm.ptr, i64) -> !llvm.ptr
    %224 = llvm.load %223 : !llvm.ptr -> !llvm.ptr
    %225 = llvm.getelementptr inbounds %arg13[11] : (!llvm.ptr) -> !llvm.ptr, i64
    %226 = llvm.load %225 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %227 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %226) : (!llvm.ptr, i64) -> !llvm.ptr
    %228 = llvm.load %227 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%144, %12, %1, %224, %228) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %229 = llvm.getelementptr inbounds %arg13[12] : (!llvm.ptr) -> !llvm.ptr, i64
    %230 = llvm.load %229 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %231 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %230) : (!llvm.ptr, i64) -> !llvm.ptr
    %232 = llvm.load %231 : !llvm.ptr -> !llvm.ptr
    %233 = llvm.getelementptr inbounds %arg13[13] : (!llvm.ptr) -> !llvm.ptr, i64
    %234 = llvm.load %233 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %235 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %236 = llvm.load %235 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%143, %12, %1, %232, %236) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %237 = llvm.getelementptr inbounds %arg13[14] : (!llvm.ptr) -> !llvm.ptr, i64
    %238 = llvm.load %237 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %239 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %240 = llvm.load %239 : !llvm.ptr -> !llvm.ptr
    %241 = llvm.getelementptr inbounds %arg13[15] : (!llvm.ptr) -> !llvm.ptr, i64
    %242 = llvm.load %241 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %243 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %242) : (!llvm.ptr, i64) -> !llvm.ptr
    %244 = llvm.load %243 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%142, %12, %1, %240, %244) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %245 = llvm.getelementptr inbounds %arg13[16] : (!llvm.ptr) -> !llvm.ptr, i64
    %246 = llvm.load %245 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %247 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %246) : (!llvm.ptr, i64) -> !llvm.ptr
    %248 = llvm.load %247 : !llvm.ptr -> !llvm.ptr
    %249 = llvm.getelementptr inbounds %arg13[17] : (!llvm.ptr) -> !llvm.ptr, i64
    %250 = llvm.load %249 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %251 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %250) : (!llvm.ptr, i64) -> !llvm.ptr
    %252 = llvm.load %251 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%141, %12, %1, %248, %252) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %253 = llvm.getelementptr inbounds %arg13[18] : (!llvm.ptr) -> !llvm.ptr, i64
    %254 = llvm.load %253 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %255 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %254) : (!llvm.ptr, i64) -> !llvm.ptr
    %256 = llvm.load %255 : !llvm.ptr -> !llvm.ptr
    %257 = llvm.getelementptr inbounds %arg13[19] : (!llvm.ptr) -> !llvm.ptr, i64
    %258 = llvm.load %257 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %259 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %258) : (!llvm.ptr, i64) -> !llvm.ptr
    %260 = llvm.load %259 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%140, %12, %1, %256, %260) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %261 = llvm.getelementptr inbounds %arg13[20] : (!llvm.ptr) -> !llvm.ptr, i64
    %262 = llvm.load %261 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %263 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %262) : (!llvm.ptr, i64) -> !llvm.ptr
    %264 = llvm.load %263 : !llvm.ptr -> !llvm.ptr
    %265 = llvm.getelementptr inbounds %arg13[21] : (!llvm.ptr) -> !llvm.ptr, i64
    %266 = llvm.load %265 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %267 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %266) : (!llvm.ptr, i64) -> !llvm.ptr
    %268 = llvm.load %267 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%139, %12, %1, %264, %268) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %269 = llvm.getelementptr inbounds %arg13[22] : (!llvm.ptr) -> !llvm.ptr, i64
    %270 = llvm.load %269 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %271 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %270) : (!llvm.ptr, i64) -> !llvm.ptr
    %272 = llvm.load %271 : !llvm.ptr -> !llvm.ptr
    %273 = llvm.getelementptr inbounds %arg13[23] : (!llvm.ptr) -> !llvm.ptr, i64
    %274 = llvm.load %273 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %275 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %274) : (!llvm.ptr, i64) -> !llvm.ptr
    %276 = llvm.load %275 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%138, %12, %1, %272, %276) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %277 = llvm.getelementptr inbounds %arg13[24] : (!llvm.ptr) -> !llvm.ptr, i64
    %278 = llvm.load %277 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %279 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %278) : (!llvm.ptr, i64) -> !llvm.ptr
    %280 = llvm.load %279 : !llvm.ptr -> !llvm.ptr
    %281 = llvm.getelementptr inbounds %arg13[25] : (!llvm.ptr) -> !llvm.ptr, i64
    %282 = llvm.load %281 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %283 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %282) : (!llvm.ptr, i64) -> !llvm.ptr
    %284 = llvm.load %283 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%137, %12, %1, %280, %284) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %285 = llvm.getelementptr inbounds %arg13[26] : (!llvm.ptr) -> !llvm.ptr, i64
    %286 = llvm.load %285 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %287 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %288 = llvm.load %287 : !llvm.ptr -> !llvm.ptr
    %289 = llvm.getelementptr inbounds %arg13[27] : (!llvm.ptr) -> !llvm.ptr, i64
    %290 = llvm.load %289 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %291 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %292 = llvm.load %291 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%136, %12, %1, %288, %292) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %293 = llvm.getelementptr inbounds %arg13[28] : (!llvm.ptr) -> !llvm.ptr, i64
    %294 = llvm.load %293 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %295 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %294) : (!llvm.ptr, i64) -> !llvm.ptr
    %296 = llvm.load %295 : !llvm.ptr -> !llvm.ptr
    %297 = llvm.getelementptr inbounds %arg13[29] : (!llvm.ptr) -> !llvm.ptr, i64
    %298 = llvm.load %297 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %299 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %298) : (!llvm.ptr, i64) -> !llvm.ptr
    %300 = llvm.load %299 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%135, %12, %1, %296, %300) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %301 = llvm.getelementptr inbounds %arg13[30] : (!llvm.ptr) -> !llvm.ptr, i64
    %302 = llvm.load %301 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %303 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %302) : (!llvm.ptr, i64) -> !llvm.ptr
    %304 = llvm.load %303 : !llvm.ptr -> !llvm.ptr
    %305 = llvm.getelementptr inbounds %arg13[31] : (!llvm.ptr) -> !llvm.ptr, i64
    %306 = llvm.load %305 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %307 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %306) : (!llvm.ptr, i64) -> !llvm.ptr
    %308 = llvm.load %307 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%134, %12, %1, %304, %308) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %309 = llvm.getelementptr inbounds %arg13[32] : (!llvm.ptr) -> !llvm.ptr, i64
    %310 = llvm.load %309 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %311 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %310) : (!llvm.ptr, i64) -> !llvm.ptr
    %312 = llvm.load %311 : !llvm.ptr -> !llvm.ptr
    %313 = llvm.getelementptr inbounds %arg13[33] : (!llvm.ptr) -> !llvm.ptr, i64
    %314 = llvm.load %313 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %315 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %314) : (!llvm.ptr, i64) -> !llvm.ptr
    %316 = llvm.load %315 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%133, %12, %1, %312, %316) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %317 = llvm.getelementptr inbounds %arg13[34] : (!llvm.ptr) -> !llvm.ptr, i64
    %318 = llvm.load %317 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %319 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %318) : (!llvm.ptr, i64) -> !llvm.ptr
    %320 = llvm.load %319 : !llvm.ptr -> !llvm.ptr
    %321 = llvm.getelementptr inbounds %arg13[35] : (!llvm.ptr) -> !llvm.ptr, i64
    %322 = llvm.load %321 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %323 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %322) : (!llvm.ptr, i64) -> !llvm.ptr
    %324 = llvm.load %323 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%132, %12, %1, %320, %324) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %325 = llvm.getelementptr inbounds %arg13[36] : (!llvm.ptr) -> !llvm.ptr, i64
    %326 = llvm.load %325 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %327 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %326) : (!llvm.ptr, i64) -> !llvm.ptr
    %328 = llvm.load %327 : !llvm.ptr -> !llvm.ptr
    %329 = llvm.getelementptr inbounds %arg13[37] : (!llvm.ptr) -> !llvm.ptr, i64
    %330 = llvm.load %329 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %331 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %330) : (!llvm.ptr, i64) -> !llvm.ptr
    %332 = llvm.load %331 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%131, %12, %1, %328, %332) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %333 = llvm.getelementptr inbounds %arg13[38] : (!llvm.ptr) -> !llvm.ptr, i64
    %334 = llvm.load %333 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %335 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %334) : (!llvm.ptr, i64) -> !llvm.ptr
    %336 = llvm.load %335 : !llvm.ptr -> !llvm.ptr
    %337 = llvm.getelementptr inbounds %arg13[39] : (!llvm.ptr) -> !llvm.ptr, i64
    %338 = llvm.load %337 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %339 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %340 = llvm.load %339 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%130, %12, %1, %336, %340) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %341 = llvm.getelementptr inbounds %arg13[40] : (!llvm.ptr) -> !llvm.ptr, i64
    %342 = llvm.load %341 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %343 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %344 = llvm.load %343 : !llvm.ptr -> !llvm.ptr
    %345 = llvm.getelementptr inbounds %arg13[41] : (!llvm.ptr) -> !llvm.ptr, i64
    %346 = llvm.load %345 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %347 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %346) : (!llvm.ptr, i64) -> !llvm.ptr
    %348 = llvm.load %347 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%129, %12, %1, %344, %348) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %349 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %13) : (!llvm.ptr, i64) -> !llvm.ptr
    %350 = llvm.load %349 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %350, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %351 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %352 = llvm.load %351 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %352, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %353 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %354 = llvm.load %353 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %354, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %355 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %356 = llvm.load %355 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %356, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %357 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %358 = llvm.load %357 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %358, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %359 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %360 = llvm.load %359 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %360, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %361 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %362 = llvm.load %361 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %362, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %363 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %364 = llvm.load %363 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %364, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %365 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %366 = llvm.load %365 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %366, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %367 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %368 = llvm.load %367 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %368, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %369 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %370 = llvm.load %369 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %370, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %371 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %372 = llvm.load %371 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %372, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %373 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %22) : (!llvm.ptr, i64) -> !llvm.ptr
    %374 = llvm.load %373 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %374, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %375 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %20) : (!llvm.ptr, i64) -> !llvm.ptr
    %376 = llvm.load %375 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%126, %376, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %377 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %182) : (!llvm.ptr, i64) -> !llvm.ptr
    %378 = llvm.load %377 : !llvm.ptr -> !llvm.ptr
    %379 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %380 = llvm.load %379 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%123, %12, %1, %378, %380) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %381 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %190) : (!llvm.ptr, i64) -> !llvm.ptr
    %382 = llvm.load %381 : !llvm.ptr -> !llvm.ptr
    %383 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %194) : (!llvm.ptr, i64) -> !llvm.ptr
    %384 = llvm.load %383 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%122, %12, %1, %382, %384) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %385 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %198) : (!llvm.ptr, i64) -> !llvm.ptr
    %386 = llvm.load %385 : !llvm.ptr -> !llvm.ptr
    %387 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %202) : (!llvm.ptr, i64) -> !llvm.ptr
    %388 = llvm.load %387 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%121, %12, %1, %386, %388) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %389 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %206) : (!llvm.ptr, i64) -> !llvm.ptr
    %390 = llvm.load %389 : !llvm.ptr -> !llvm.ptr
    %391 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %210) : (!llvm.ptr, i64) -> !llvm.ptr
    %392 = llvm.load %391 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%120, %12, %1, %390, %392) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %393 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %214) : (!llvm.ptr, i64) -> !llvm.ptr
    %394 = llvm.load %393 : !llvm.ptr -> !llvm.ptr
    %395 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %218) : (!llvm.ptr, i64) -> !llvm.ptr
    %396 = llvm.load %395 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%119, %12, %1, %394, %396) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %397 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %222) : (!llvm.ptr, i64) -> !llvm.ptr
    %398 = llvm.load %397 : !llvm.ptr -> !llvm.ptr
    %399 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %226) : (!llvm.ptr, i64) -> !llvm.ptr
    %400 = llvm.load %399 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%118, %12, %1, %398, %400) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %401 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %230) : (!llvm.ptr, i64) -> !llvm.ptr
    %402 = llvm.load %401 : !llvm.ptr -> !llvm.ptr
    %403 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %404 = llvm.load %403 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%117, %12, %1, %402, %404) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %405 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %406 = llvm.load %405 : !llvm.ptr -> !llvm.ptr
    %407 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %242) : (!llvm.ptr, i64) -> !llvm.ptr
    %408 = llvm.load %407 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%116, %12, %1, %406, %408) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %409 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %246) : (!llvm.ptr, i64) -> !llvm.ptr
    %410 = llvm.load %409 : !llvm.ptr -> !llvm.ptr
    %411 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %250) : (!llvm.ptr, i64) -> !llvm.ptr
    %412 = llvm.load %411 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%115, %12, %1, %410, %412) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %413 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %254) : (!llvm.ptr, i64) -> !llvm.ptr
    %414 = llvm.load %413 : !llvm.ptr -> !llvm.ptr
    %415 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %258) : (!llvm.ptr, i64) -> !llvm.ptr
    %416 = llvm.load %415 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%114, %12, %1, %414, %416) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %417 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %262) : (!llvm.ptr, i64) -> !llvm.ptr
    %418 = llvm.load %417 : !llvm.ptr -> !llvm.ptr
    %419 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %266) : (!llvm.ptr, i64) -> !llvm.ptr
    %420 = llvm.load %419 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%113, %12, %1, %418, %420) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %421 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %270) : (!llvm.ptr, i64) -> !llvm.ptr
    %422 = llvm.load %421 : !llvm.ptr -> !llvm.ptr
    %423 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %274) : (!llvm.ptr, i64) -> !llvm.ptr
    %424 = llvm.load %423 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%112, %12, %1, %422, %424) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %425 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %278) : (!llvm.ptr, i64) -> !llvm.ptr
    %426 = llvm.load %425 : !llvm.ptr -> !llvm.ptr
    %427 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %282) : (!llvm.ptr, i64) -> !llvm.ptr
    %428 = llvm.load %427 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%111, %12, %1, %426, %428) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %429 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %430 = llvm.load %429 : !llvm.ptr -> !llvm.ptr
    %431 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %432 = llvm.load %431 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%110, %12, %1, %430, %432) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %433 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %294) : (!llvm.ptr, i64) -> !llvm.ptr
    %434 = llvm.load %433 : !llvm.ptr -> !llvm.ptr
    %435 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %298) : (!llvm.ptr, i64) -> !llvm.ptr
    %436 = llvm.load %435 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%109, %12, %1, %434, %436) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %437 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %302) : (!llvm.ptr, i64) -> !llvm.ptr
    %438 = llvm.load %437 : !llvm.ptr -> !llvm.ptr
    %439 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %306) : (!llvm.ptr, i64) -> !llvm.ptr
    %440 = llvm.load %439 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%108, %12, %1, %438, %440) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %441 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %310) : (!llvm.ptr, i64) -> !llvm.ptr
    %442 = llvm.load %441 : !llvm.ptr -> !llvm.ptr
    %443 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %314) : (!llvm.ptr, i64) -> !llvm.ptr
    %444 = llvm.load %443 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%107, %12, %1, %442, %444) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %445 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %318) : (!llvm.ptr, i64) -> !llvm.ptr
    %446 = llvm.load %445 : !llvm.ptr -> !llvm.ptr
    %447 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %322) : (!llvm.ptr, i64) -> !llvm.ptr
    %448 = llvm.load %447 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%106, %12, %1, %446, %448) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %449 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %326) : (!llvm.ptr, i64) -> !llvm.ptr
    %450 = llvm.load %449 : !llvm.ptr -> !llvm.ptr
    %451 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %330) : (!llvm.ptr, i64) -> !llvm.ptr
    %452 = llvm.load %451 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%105, %12, %1, %450, %452) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %453 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %334) : (!llvm.ptr, i64) -> !llvm.ptr
    %454 = llvm.load %453 : !llvm.ptr -> !llvm.ptr
    %455 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %456 = llvm.load %455 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%104, %12, %1, %454, %456) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %457 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %458 = llvm.load %457 : !llvm.ptr -> !llvm.ptr
    %459 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %346) : (!llvm.ptr, i64) -> !llvm.ptr
    %460 = llvm.load %459 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%103, %12, %1, %458, %460) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %461 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %13) : (!llvm.ptr, i64) -> !llvm.ptr
    %462 = llvm.load %461 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %462, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %463 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %464 = llvm.load %463 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %464, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %465 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %466 = llvm.load %465 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %466, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %467 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %468 = llvm.load %467 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %468, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %469 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %470 = llvm.load %469 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %470, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %471 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %472 = llvm.load %471 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %472, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %473 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %474 = llvm.load %473 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %474, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %475 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %476 = llvm.load %475 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %476, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %477 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %478 = llvm.load %477 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %478, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %479 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %480 = llvm.load %479 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %480, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %481 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %482 = llvm.load %481 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %482, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %483 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %484 = llvm.load %483 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %484, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %485 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %22) : (!llvm.ptr, i64) -> !llvm.ptr
    %486 = llvm.load %485 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %486, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %487 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %20) : (!llvm.ptr, i64) -> !llvm.ptr
    %488 = llvm.load %487 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%99, %488, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %489 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %182) : (!llvm.ptr, i64) -> !llvm.ptr
    %490 = llvm.load %489 : !llvm.ptr -> !llvm.ptr
    %491 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %492 = llvm.load %491 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%96, %12, %1, %490, %492) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %493 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %190) : (!llvm.ptr, i64) -> !llvm.ptr
    %494 = llvm.load %493 : !llvm.ptr -> !llvm.ptr
    %495 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %194) : (!llvm.ptr, i64) -> !llvm.ptr
    %496 = llvm.load %495 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%94, %12, %1, %494, %496) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %497 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %198) : (!llvm.ptr, i64) -> !llvm.ptr
    %498 = llvm.load %497 : !llvm.ptr -> !llvm.ptr
    %499 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %202) : (!llvm.ptr, i64) -> !llvm.ptr
    %500 = llvm.load %499 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%91, %12, %1, %498, %500) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %501 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %206) : (!llvm.ptr, i64) -> !llvm.ptr
    %502 = llvm.load %501 : !llvm.ptr -> !llvm.ptr
    %503 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %210) : (!llvm.ptr, i64) -> !llvm.ptr
    %504 = llvm.load %503 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%88, %12, %1, %502, %504) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %505 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %214) : (!llvm.ptr, i64) -> !llvm.ptr
    %506 = llvm.load %505 : !llvm.ptr -> !llvm.ptr
    %507 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %218) : (!llvm.ptr, i64) -> !llvm.ptr
    %508 = llvm.load %507 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%85, %12, %1, %506, %508) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %509 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %222) : (!llvm.ptr, i64) -> !llvm.ptr
    %510 = llvm.load %509 : !llvm.ptr -> !llvm.ptr
    %511 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %226) : (!llvm.ptr, i64) -> !llvm.ptr
    %512 = llvm.load %511 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%82, %12, %1, %510, %512) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %513 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %230) : (!llvm.ptr, i64) -> !llvm.ptr
    %514 = llvm.load %513 : !llvm.ptr -> !llvm.ptr
    %515 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %516 = llvm.load %515 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%79, %12, %1, %514, %516) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %517 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %518 = llvm.load %517 : !llvm.ptr -> !llvm.ptr
    %519 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %242) : (!llvm.ptr, i64) -> !llvm.ptr
    %520 = llvm.load %519 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%76, %12, %1, %518, %520) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %521 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %246) : (!llvm.ptr, i64) -> !llvm.ptr
    %522 = llvm.load %521 : !llvm.ptr -> !llvm.ptr
    %523 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %250) : (!llvm.ptr, i64) -> !llvm.ptr
    %524 = llvm.load %523 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%73, %12, %1, %522, %524) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %525 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %254) : (!llvm.ptr, i64) -> !llvm.ptr
    %526 = llvm.load %525 : !llvm.ptr -> !llvm.ptr
    %527 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %258) : (!llvm.ptr, i64) -> !llvm.ptr
    %528 = llvm.load %527 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%70, %12, %1, %526, %528) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %529 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %262) : (!llvm.ptr, i64) -> !llvm.ptr
    %530 = llvm.load %529 : !llvm.ptr -> !llvm.ptr
    %531 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %266) : (!llvm.ptr, i64) -> !llvm.ptr
    %532 = llvm.load %531 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%67, %12, %1, %530, %532) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %533 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %270) : (!llvm.ptr, i64) -> !llvm.ptr
    %534 = llvm.load %533 : !llvm.ptr -> !llvm.ptr
    %535 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %274) : (!llvm.ptr, i64) -> !llvm.ptr
    %536 = llvm.load %535 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%64, %12, %1, %534, %536) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %537 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %278) : (!llvm.ptr, i64) -> !llvm.ptr
    %538 = llvm.load %537 : !llvm.ptr -> !llvm.ptr
    %539 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %282) : (!llvm.ptr, i64) -> !llvm.ptr
    %540 = llvm.load %539 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%61, %12, %1, %538, %540) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %541 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %542 = llvm.load %541 : !llvm.ptr -> !llvm.ptr
    %543 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %544 = llvm.load %543 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%58, %12, %1, %542, %544) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %545 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %294) : (!llvm.ptr, i64) -> !llvm.ptr
    %546 = llvm.load %545 : !llvm.ptr -> !llvm.ptr
    %547 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %298) : (!llvm.ptr, i64) -> !llvm.ptr
    %548 = llvm.load %547 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%55, %12, %1, %546, %548) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %549 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %302) : (!llvm.ptr, i64) -> !llvm.ptr
    %550 = llvm.load %549 : !llvm.ptr -> !llvm.ptr
    %551 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %306) : (!llvm.ptr, i64) -> !llvm.ptr
    %552 = llvm.load %551 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%52, %12, %1, %550, %552) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %553 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %310) : (!llvm.ptr, i64) -> !llvm.ptr
    %554 = llvm.load %553 : !llvm.ptr -> !llvm.ptr
    %555 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %314) : (!llvm.ptr, i64) -> !llvm.ptr
    %556 = llvm.load %555 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%49, %12, %1, %554, %556) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %557 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %318) : (!llvm.ptr, i64) -> !llvm.ptr
    %558 = llvm.load %557 : !llvm.ptr -> !llvm.ptr
    %559 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %322) : (!llvm.ptr, i64) -> !llvm.ptr
    %560 = llvm.load %559 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%46, %12, %1, %558, %560) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %561 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %326) : (!llvm.ptr, i64) -> !llvm.ptr
    %562 = llvm.load %561 : !llvm.ptr -> !llvm.ptr
    %563 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %330) : (!llvm.ptr, i64) -> !llvm.ptr
    %564 = llvm.load %563 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%43, %12, %1, %562, %564) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %565 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %334) : (!llvm.ptr, i64) -> !llvm.ptr
    %566 = llvm.load %565 : !llvm.ptr -> !llvm.ptr
    %567 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %568 = llvm.load %567 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%40, %12, %1, %566, %568) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %569 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %570 = llvm.load %569 : !llvm.ptr -> !llvm.ptr
    %571 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %346) : (!llvm.ptr, i64) -> !llvm.ptr
    %572 = llvm.load %571 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__MultiRZ(%37, %12, %1, %570, %572) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %573 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %20) : (!llvm.ptr, i64) -> !llvm.ptr
    %574 = llvm.load %573 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %574, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %575 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %22) : (!llvm.ptr, i64) -> !llvm.ptr
    %576 = llvm.load %575 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %576, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %577 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %1) : (!llvm.ptr, i64) -> !llvm.ptr
    %578 = llvm.load %577 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %578, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %579 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %580 = llvm.load %579 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %580, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %581 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %582 = llvm.load %581 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %582, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %583 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %584 = llvm.load %583 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %584, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %585 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %586 = llvm.load %585 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %586, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %587 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %588 = llvm.load %587 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %588, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %589 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %590 = llvm.load %589 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %590, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %591 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %592 = llvm.load %591 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %592, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %593 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %594 = llvm.load %593 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %594, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %595 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %596 = llvm.load %595 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %596, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %597 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %598 = llvm.load %597 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %598, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %599 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %13) : (!llvm.ptr, i64) -> !llvm.ptr
    %600 = llvm.load %599 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__RX(%31, %600, %12) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %601 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %182) : (!llvm.ptr, i64) -> !llvm.ptr
    %602 = llvm.load %601 : !llvm.ptr -> !llvm.ptr
    %603 = llvm.call @__catalyst__qis__NamedObs(%2, %602) : (i64, !llvm.ptr) -> i64
    %604 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %605 = llvm.load %604 : !llvm.ptr -> !llvm.ptr
    %606 = llvm.call @__catalyst__qis__NamedObs(%2, %605) : (i64, !llvm.ptr) -> i64
    %607 = llvm.call @__catalyst__qis__TensorObs(%1, %603, %606) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %608 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %190) : (!llvm.ptr, i64) -> !llvm.ptr
    %609 = llvm.load %608 : !llvm.ptr -> !llvm.ptr
    %610 = llvm.call @__catalyst__qis__NamedObs(%2, %609) : (i64, !llvm.ptr) -> i64
    %611 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %194) : (!llvm.ptr, i64) -> !llvm.ptr
    %612 = llvm.load %611 : !llvm.ptr -> !llvm.ptr
    %613 = llvm.call @__catalyst__qis__NamedObs(%2, %612) : (i64, !llvm.ptr) -> i64
    %614 = llvm.call @__catalyst__qis__TensorObs(%1, %610, %613) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %615 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %198) : (!llvm.ptr, i64) -> !llvm.ptr
    %616 = llvm.load %615 : !llvm.ptr -> !llvm.ptr
    %617 = llvm.call @__catalyst__qis__NamedObs(%2, %616) : (i64, !llvm.ptr) -> i64
    %618 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %202) : (!llvm.ptr, i64) -> !llvm.ptr
    %619 = llvm.load %618 : !llvm.ptr -> !llvm.ptr
    %620 = llvm.call @__catalyst__qis__NamedObs(%2, %619) : (i64, !llvm.ptr) -> i64
    %621 = llvm.call @__catalyst__qis__TensorObs(%1, %617, %620) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %622 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %206) : (!llvm.ptr, i64) -> !llvm.ptr
    %623 = llvm.load %622 : !llvm.ptr -> !llvm.ptr
    %624 = llvm.call @__catalyst__qis__NamedObs(%2, %623) : (i64, !llvm.ptr) -> i64
    %625 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %210) : (!llvm.ptr, i64) -> !llvm.ptr
    %626 = llvm.load %625 : !llvm.ptr -> !llvm.ptr
    %627 = llvm.call @__catalyst__qis__NamedObs(%2, %626) : (i64, !llvm.ptr) -> i64
    %628 = llvm.call @__catalyst__qis__TensorObs(%1, %624, %627) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %629 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %214) : (!llvm.ptr, i64) -> !llvm.ptr
    %630 = llvm.load %629 : !llvm.ptr -> !llvm.ptr
    %631 = llvm.call @__catalyst__qis__NamedObs(%2, %630) : (i64, !llvm.ptr) -> i64
    %632 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %218) : (!llvm.ptr, i64) -> !llvm.ptr
    %633 = llvm.load %632 : !llvm.ptr -> !llvm.ptr
    %634 = llvm.call @__catalyst__qis__NamedObs(%2, %633) : (i64, !llvm.ptr) -> i64
    %635 = llvm.call @__catalyst__qis__TensorObs(%1, %631, %634) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %636 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %222) : (!llvm.ptr, i64) -> !llvm.ptr
    %637 = llvm.load %636 : !llvm.ptr -> !llvm.ptr
    %638 = llvm.call @__catalyst__qis__NamedObs(%2, %637) : (i64, !llvm.ptr) -> i64
    %639 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %226) : (!llvm.ptr, i64) -> !llvm.ptr
    %640 = llvm.load %639 : !llvm.ptr -> !llvm.ptr
    %641 = llvm.call @__catalyst__qis__NamedObs(%2, %640) : (i64, !llvm.ptr) -> i64
    %642 = llvm.call @__catalyst__qis__TensorObs(%1, %638, %641) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %643 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %230) : (!llvm.ptr, i64) -> !llvm.ptr
    %644 = llvm.load %643 : !llvm.ptr -> !llvm.ptr
    %645 = llvm.call @__catalyst__qis__NamedObs(%2, %644) : (i64, !llvm.ptr) -> i64
    %646 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %647 = llvm.load %646 : !llvm.ptr -> !llvm.ptr
    %648 = llvm.call @__catalyst__qis__NamedObs(%2, %647) : (i64, !llvm.ptr) -> i64
    %649 = llvm.call @__catalyst__qis__TensorObs(%1, %645, %648) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %650 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %651 = llvm.load %650 : !llvm.ptr -> !llvm.ptr
    %652 = llvm.call @__catalyst__qis__NamedObs(%2, %651) : (i64, !llvm.ptr) -> i64
    %653 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %242) : (!llvm.ptr, i64) -> !llvm.ptr
    %654 = llvm.load %653 : !llvm.ptr -> !llvm.ptr
    %655 = llvm.call @__catalyst__qis__NamedObs(%2, %654) : (i64, !llvm.ptr) -> i64
    %656 = llvm.call @__catalyst__qis__TensorObs(%1, %652, %655) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %657 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %246) : (!llvm.ptr, i64) -> !llvm.ptr
    %658 = llvm.load %657 : !llvm.ptr -> !llvm.ptr
    %659 = llvm.call @__catalyst__qis__NamedObs(%2, %658) : (i64, !llvm.ptr) -> i64
    %660 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %250) : (!llvm.ptr, i64) -> !llvm.ptr
    %661 = llvm.load %660 : !llvm.ptr -> !llvm.ptr
    %662 = llvm.call @__catalyst__qis__NamedObs(%2, %661) : (i64, !llvm.ptr) -> i64
    %663 = llvm.call @__catalyst__qis__TensorObs(%1, %659, %662) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %664 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %254) : (!llvm.ptr, i64) -> !llvm.ptr
    %665 = llvm.load %664 : !llvm.ptr -> !llvm.ptr
    %666 = llvm.call @__catalyst__qis__NamedObs(%2, %665) : (i64, !llvm.ptr) -> i64
    %667 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %258) : (!llvm.ptr, i64) -> !llvm.ptr
    %668 = llvm.load %667 : !llvm.ptr -> !llvm.ptr
    %669 = llvm.call @__catalyst__qis__NamedObs(%2, %668) : (i64, !llvm.ptr) -> i64
    %670 = llvm.call @__catalyst__qis__TensorObs(%1, %666, %669) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %671 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %262) : (!llvm.ptr, i64) -> !llvm.ptr
    %672 = llvm.load %671 : !llvm.ptr -> !llvm.ptr
    %673 = llvm.call @__catalyst__qis__NamedObs(%2, %672) : (i64, !llvm.ptr) -> i64
    %674 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %266) : (!llvm.ptr, i64) -> !llvm.ptr
    %675 = llvm.load %674 : !llvm.ptr -> !llvm.ptr
    %676 = llvm.call @__catalyst__qis__NamedObs(%2, %675) : (i64, !llvm.ptr) -> i64
    %677 = llvm.call @__catalyst__qis__TensorObs(%1, %673, %676) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %678 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %270) : (!llvm.ptr, i64) -> !llvm.ptr
    %679 = llvm.load %678 : !llvm.ptr -> !llvm.ptr
    %680 = llvm.call @__catalyst__qis__NamedObs(%2, %679) : (i64, !llvm.ptr) -> i64
    %681 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %274) : (!llvm.ptr, i64) -> !llvm.ptr
    %682 = llvm.load %681 : !llvm.ptr -> !llvm.ptr
    %683 = llvm.call @__catalyst__qis__NamedObs(%2, %682) : (i64, !llvm.ptr) -> i64
    %684 = llvm.call @__catalyst__qis__TensorObs(%1, %680, %683) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %685 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %278) : (!llvm.ptr, i64) -> !llvm.ptr
    %686 = llvm.load %685 : !llvm.ptr -> !llvm.ptr
    %687 = llvm.call @__catalyst__qis__NamedObs(%2, %686) : (i64, !llvm.ptr) -> i64
    %688 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %282) : (!llvm.ptr, i64) -> !llvm.ptr
    %689 = llvm.load %688 : !llvm.ptr -> !llvm.ptr
    %690 = llvm.call @__catalyst__qis__NamedObs(%2, %689) : (i64, !llvm.ptr) -> i64
    %691 = llvm.call @__catalyst__qis__TensorObs(%1, %687, %690) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %692 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %693 = llvm.load %692 : !llvm.ptr -> !llvm.ptr
    %694 = llvm.call @__catalyst__qis__NamedObs(%2, %693) : (i64, !llvm.ptr) -> i64
    %695 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %696 = llvm.load %695 : !llvm.ptr -> !llvm.ptr
    %697 = llvm.call @__catalyst__qis__NamedObs(%2, %696) : (i64, !llvm.ptr) -> i64
    %698 = llvm.call @__catalyst__qis__TensorObs(%1, %694, %697) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %699 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %294) : (!llvm.ptr, i64) -> !llvm.ptr
    %700 = llvm.load %699 : !llvm.ptr -> !llvm.ptr
    %701 = llvm.call @__catalyst__qis__NamedObs(%2, %700) : (i64, !llvm.ptr) -> i64
    %702 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %298) : (!llvm.ptr, i64) -> !llvm.ptr
    %703 = llvm.load %702 : !llvm.ptr -> !llvm.ptr
    %704 = llvm.call @__catalyst__qis__NamedObs(%2, %703) : (i64, !llvm.ptr) -> i64
    %705 = llvm.call @__catalyst__qis__TensorObs(%1, %701, %704) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %706 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %302) : (!llvm.ptr, i64) -> !llvm.ptr
    %707 = llvm.load %706 : !llvm.ptr -> !llvm.ptr
    %708 = llvm.call @__catalyst__qis__NamedObs(%2, %707) : (i64, !llvm.ptr) -> i64
    %709 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %306) : (!llvm.ptr, i64) -> !llvm.ptr
    %710 = llvm.load %709 : !llvm.ptr -> !llvm.ptr
    %711 = llvm.call @__catalyst__qis__NamedObs(%2, %710) : (i64, !llvm.ptr) -> i64
    %712 = llvm.call @__catalyst__qis__TensorObs(%1, %708, %711) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %713 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %310) : (!llvm.ptr, i64) -> !llvm.ptr
    %714 = llvm.load %713 : !llvm.ptr -> !llvm.ptr
    %715 = llvm.call @__catalyst__qis__NamedObs(%2, %714) : (i64, !llvm.ptr) -> i64
    %716 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %314) : (!llvm.ptr, i64) -> !llvm.ptr
    %717 = llvm.load %716 : !llvm.ptr -> !llvm.ptr
    %718 = llvm.call @__catalyst__qis__NamedObs(%2, %717) : (i64, !llvm.ptr) -> i64
    %719 = llvm.call @__catalyst__qis__TensorObs(%1, %715, %718) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %720 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %318) : (!llvm.ptr, i64) -> !llvm.ptr
    %721 = llvm.load %720 : !llvm.ptr -> !llvm.ptr
    %722 = llvm.call @__catalyst__qis__NamedObs(%2, %721) : (i64, !llvm.ptr) -> i64
    %723 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %322) : (!llvm.ptr, i64) -> !llvm.ptr
    %724 = llvm.load %723 : !llvm.ptr -> !llvm.ptr
    %725 = llvm.call @__catalyst__qis__NamedObs(%2, %724) : (i64, !llvm.ptr) -> i64
    %726 = llvm.call @__catalyst__qis__TensorObs(%1, %722, %725) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %727 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %326) : (!llvm.ptr, i64) -> !llvm.ptr
    %728 = llvm.load %727 : !llvm.ptr -> !llvm.ptr
    %729 = llvm.call @__catalyst__qis__NamedObs(%2, %728) : (i64, !llvm.ptr) -> i64
    %730 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %330) : (!llvm.ptr, i64) -> !llvm.ptr
    %731 = llvm.load %730 : !llvm.ptr -> !llvm.ptr
    %732 = llvm.call @__catalyst__qis__NamedObs(%2, %731) : (i64, !llvm.ptr) -> i64
    %733 = llvm.call @__catalyst__qis__TensorObs(%1, %729, %732) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %734 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %334) : (!llvm.ptr, i64) -> !llvm.ptr
    %735 = llvm.load %734 : !llvm.ptr -> !llvm.ptr
    %736 = llvm.call @__catalyst__qis__NamedObs(%2, %735) : (i64, !llvm.ptr) -> i64
    %737 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %738 = llvm.load %737 : !llvm.ptr -> !llvm.ptr
    %739 = llvm.call @__catalyst__qis__NamedObs(%2, %738) : (i64, !llvm.ptr) -> i64
    %740 = llvm.call @__catalyst__qis__TensorObs(%1, %736, %739) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %741 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %742 = llvm.load %741 : !llvm.ptr -> !llvm.ptr
    %743 = llvm.call @__catalyst__qis__NamedObs(%2, %742) : (i64, !llvm.ptr) -> i64
    %744 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%153, %346) : (!llvm.ptr, i64) -> !llvm.ptr
    %745 = llvm.load %744 : !llvm.ptr -> !llvm.ptr
    %746 = llvm.call @__catalyst__qis__NamedObs(%2, %745) : (i64, !llvm.ptr) -> i64
    %747 = llvm.call @__catalyst__qis__TensorObs(%1, %743, %746) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    llvm.store %28, %23 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %748 = llvm.call @__catalyst__qis__HamiltonianObs(%23, %0, %607, %614, %621, %628, %635, %642, %649, %656, %663, %670, %677, %684, %691, %698, %705, %712, %719, %726, %733, %740, %747) vararg(!llvm.func<i64 (ptr, i64, ...)>) : (!llvm.ptr, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) -> i64
    %749 = llvm.call @__catalyst__qis__Expval(%748) : (i64) -> f64
    llvm.return %153 : !llvm.ptr
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
    %53 = llvm.add %52, %1 : i64
    llvm.store %53, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %54 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %55 = llvm.add %54, %1 : i64
    llvm.store %55, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %56 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %57 = llvm.add %56, %1 : i64
    llvm.store %57, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %58 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %59 = llvm.add %58, %1 : i64
    llvm.store %59, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %60 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %61 = llvm.add %60, %1 : i64
    llvm.store %61, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %62 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %63 = llvm.add %62, %1 : i64
    llvm.store %63, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %64 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %65 = llvm.add %64, %1 : i64
    llvm.store %65, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %66 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %67 = llvm.add %66, %1 : i64
    llvm.store %67, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %68 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %69 = llvm.add %68, %1 : i64
    llvm.store %69, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %70 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %71 = llvm.add %70, %1 : i64
    llvm.store %71, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %72 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %73 = llvm.add %72, %1 : i64
    llvm.store %73, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %74 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %75 = llvm.add %74, %1 : i64
    llvm.store %75, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %76 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %77 = llvm.add %76, %1 : i64
    llvm.store %77, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %78 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %79 = llvm.add %78, %1 : i64
    llvm.store %79, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %80 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %81 = llvm.add %80, %1 : i64
    llvm.store %81, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %82 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %83 = llvm.add %82, %1 : i64
    llvm.store %83, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %84 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %85 = llvm.add %84, %1 : i64
    llvm.store %85, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %86 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %87 = llvm.add %86, %1 : i64
    llvm.store %87, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %88 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %89 = llvm.add %88, %1 : i64
    llvm.store %89, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %90 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %91 = llvm.add %90, %1 : i64
    llvm.store %91, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %92 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %93 = llvm.add %92, %1 : i64
    llvm.store %93, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %94 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %95 = llvm.add %94, %1 : i64
    llvm.store %95, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %96 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %97 = llvm.add %96, %1 : i64
    llvm.store %97, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %98 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %99 = llvm.add %98, %1 : i64
    llvm.store %99, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %100 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %101 = llvm.add %100, %1 : i64
    llvm.store %101, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %102 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %103 = llvm.add %102, %1 : i64
    llvm.store %103, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %104 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %105 = llvm.add %104, %1 : i64
    llvm.store %105, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %106 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %107 = llvm.add %106, %1 : i64
    llvm.store %107, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %108 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %109 = llvm.add %108, %1 : i64
    llvm.store %109, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %110 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %111 = llvm.add %110, %1 : i64
    llvm.store %111, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %112 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %113 = llvm.add %112, %1 : i64
    llvm.store %113, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %114 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %115 = llvm.add %114, %1 : i64
    llvm.store %115, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %116 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %117 = llvm.add %116, %1 : i64
    llvm.store %117, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %118 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %119 = llvm.add %118, %1 : i64
    llvm.store %119, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %120 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %121 = llvm.add %120, %1 : i64
    llvm.store %121, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %122 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %123 = llvm.add %122, %1 : i64
    llvm.store %123, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %124 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %125 = llvm.add %124, %1 : i64
    llvm.store %125, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %126 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %127 = llvm.add %126, %1 : i64
    llvm.store %127, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %128 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %129 = llvm.add %128, %1 : i64
    llvm.store %129, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %130 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %131 = llvm.add %130, %1 : i64
    llvm.store %131, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %132 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %133 = llvm.add %132, %1 : i64
    llvm.store %133, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %134 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %135 = llvm.add %134, %1 : i64
    llvm.store %135, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %136 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %137 = llvm.add %136, %1 : i64
    llvm.store %137, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %138 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %139 = llvm.add %138, %1 : i64
    llvm.store %139, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %140 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %141 = llvm.add %140, %1 : i64
    llvm.store %141, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %142 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %143 = llvm.add %142, %1 : i64
    llvm.store %143, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %144 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %145 = llvm.add %144, %1 : i64
    llvm.store %145, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %146 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %147 = llvm.add %146, %1 : i64
    llvm.store %147, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %148 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %149 = llvm.add %148, %1 : i64
    llvm.store %149, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %150 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %151 = llvm.add %150, %1 : i64
    llvm.store %151, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %152 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %153 = llvm.add %152, %1 : i64
    llvm.store %153, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %154 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %155 = llvm.add %154, %1 : i64
    llvm.store %155, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %156 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %157 = llvm.add %156, %1 : i64
    llvm.store %157, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %158 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %159 = llvm.add %158, %1 : i64
    llvm.store %159, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %160 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %161 = llvm.add %160, %1 : i64
    llvm.store %161, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %162 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %163 = llvm.add %162, %1 : i64
    llvm.store %163, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %164 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %165 = llvm.add %164, %1 : i64
    llvm.store %165, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %166 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %167 = llvm.add %166, %1 : i64
    llvm.store %167, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %168 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %169 = llvm.add %168, %1 : i64
    llvm.store %169, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %170 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %171 = llvm.add %170, %1 : i64
    llvm.store %171, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %172 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %173 = llvm.add %172, %1 : i64
    llvm.store %173, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %174 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %175 = llvm.add %174, %1 : i64
    llvm.store %175, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %176 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %177 = llvm.add %176, %1 : i64
    llvm.store %177, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %178 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %179 = llvm.add %178, %1 : i64
    llvm.store %179, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %180 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %181 = llvm.add %180, %1 : i64
    llvm.store %181, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %182 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %183 = llvm.add %182, %1 : i64
    llvm.store %183, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %184 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %185 = llvm.add %184, %1 : i64
    llvm.store %185, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %186 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %187 = llvm.add %186, %1 : i64
    llvm.store %187, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %188 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %189 = llvm.add %188, %1 : i64
    llvm.store %189, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %190 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %191 = llvm.add %190, %1 : i64
    llvm.store %191, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %192 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %193 = llvm.add %192, %1 : i64
    llvm.store %193, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %194 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %195 = llvm.add %194, %1 : i64
    llvm.store %195, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %196 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %197 = llvm.add %196, %1 : i64
    llvm.store %197, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %198 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %199 = llvm.add %198, %1 : i64
    llvm.store %199, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %200 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %201 = llvm.add %200, %1 : i64
    llvm.store %201, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %202 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %203 = llvm.add %202, %1 : i64
    llvm.store %203, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %204 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %205 = llvm.add %204, %1 : i64
    llvm.store %205, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %206 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %207 = llvm.add %206, %1 : i64
    llvm.store %207, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %208 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %209 = llvm.add %208, %1 : i64
    llvm.store %209, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %210 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %211 = llvm.add %210, %1 : i64
    llvm.store %211, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %212 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %213 = llvm.add %212, %1 : i64
    llvm.store %213, %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %214 = llvm.load %3 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    llvm.return %214 : i64
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
  llvm.func @energy_0.quantum(%arg0: !llvm.ptr, %arg1: !llvm.ptr, %arg2: !llvm.ptr, %arg3: !llvm.ptr, %arg4: !llvm.ptr) attributes {gradient.qgrad = @energy_0.adjoint, passthrough = ["noinline"], sym_visibility = "private", unwrapped_type = (memref<2x3xf64>, memref<21xf64>, memref<21x2xi64>, memref<?xf64>) -> memref<f64>} {
    %0 = llvm.mlir.constant(64 : index) : i64
    %1 = llvm.mlir.constant(21 : i64) : i64
    %2 = llvm.mlir.constant(2 : i64) : i64
    %3 = llvm.mlir.constant(3 : i64) : i64
    %4 = llvm.mlir.constant(4 : i64) : i64
    %5 = llvm.mlir.constant(5 : i64) : i64
    %6 = llvm.mlir.constant(6 : i64) : i64
    %7 = llvm.mlir.constant(7 : i64) : i64
    %8 = llvm.mlir.constant(8 : i64) : i64
    %9 = llvm.mlir.constant(9 : i64) : i64
    %10 = llvm.mlir.constant(10 : i64) : i64
    %11 = llvm.mlir.constant(11 : i64) : i64
    %12 = llvm.mlir.constant(12 : i64) : i64
    %13 = llvm.mlir.zero : !llvm.ptr
    %14 = llvm.mlir.constant(13 : i64) : i64
    %15 = llvm.mlir.constant(14 : i64) : i64
    %16 = llvm.mlir.constant(false) : i1
    %17 = llvm.mlir.addressof @"{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}" : !llvm.ptr
    %18 = llvm.mlir.addressof @LightningSimulator : !llvm.ptr
    %19 = llvm.mlir.addressof @"/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so" : !llvm.ptr
    %20 = llvm.mlir.constant(1 : index) : i64
    %21 = llvm.mlir.constant(0 : i64) : i64
    %22 = llvm.mlir.constant(1 : i64) : i64
    %23 = llvm.alloca %22 x !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> : (i64) -> !llvm.ptr
    %24 = llvm.load volatile %arg0 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    llvm.store %24, %arg0 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr
    %25 = llvm.load volatile %arg1 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    llvm.store %25, %arg1 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %26 = llvm.load volatile %arg2 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    llvm.store %26, %arg2 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr
    %27 = llvm.load volatile %arg3 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
    llvm.store %27, %arg3 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %28 = llvm.load volatile %arg4 : !llvm.ptr -> !llvm.struct<(ptr, ptr, i64)>
    llvm.store %28, %arg4 : !llvm.struct<(ptr, ptr, i64)>, !llvm.ptr
    %29 = llvm.alloca %20 x i64 : (i64) -> !llvm.ptr
    llvm.store %21, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %30 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %31 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %32 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %33 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %34 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %35 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %36 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %37 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %38 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %39 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %40 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %41 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %42 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %43 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %44 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %45 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %46 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %47 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %48 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %49 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %50 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %51 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %52 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %53 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %54 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %55 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %56 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %57 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %58 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %59 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %60 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %61 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %62 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %63 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %64 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %65 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %66 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %67 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %68 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %69 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %70 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %71 = llvm.extractvalue %26[1] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %72 = llvm.getelementptr inbounds %19[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<97 x i8>
    %73 = llvm.getelementptr inbounds %18[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<19 x i8>
    %74 = llvm.getelementptr inbounds %17[0, 0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<54 x i8>
    llvm.call @__catalyst__rt__device_init(%72, %73, %74, %21, %16) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, i64, i1) -> ()
    %75 = llvm.call @__catalyst__rt__qubit_allocate_array(%15) : (i64) -> !llvm.ptr
    %76 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %14) : (!llvm.ptr, i64) -> !llvm.ptr
    %77 = llvm.load %76 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%77, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %78 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %12) : (!llvm.ptr, i64) -> !llvm.ptr
    %79 = llvm.load %78 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%79, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %80 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %81 = llvm.load %80 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%81, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %82 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %83 = llvm.load %82 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%83, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %84 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %85 = llvm.load %84 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%85, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %86 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %87 = llvm.load %86 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%87, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %88 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %89 = llvm.load %88 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%89, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %90 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %91 = llvm.load %90 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%91, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %92 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %93 = llvm.load %92 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%93, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %94 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %95 = llvm.load %94 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%95, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %96 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %97 = llvm.load %96 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%97, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %98 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %99 = llvm.load %98 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%99, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %100 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %22) : (!llvm.ptr, i64) -> !llvm.ptr
    %101 = llvm.load %100 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%101, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %102 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %21) : (!llvm.ptr, i64) -> !llvm.ptr
    %103 = llvm.load %102 : !llvm.ptr -> !llvm.ptr
    llvm.call @__catalyst__qis__Hadamard(%103, %13) : (!llvm.ptr, !llvm.ptr) -> ()
    %104 = llvm.load %30 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %105 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %104) : (!llvm.ptr, i64) -> !llvm.ptr
    %106 = llvm.load %105 : !llvm.ptr -> !llvm.ptr
    %107 = llvm.getelementptr inbounds %31[1] : (!llvm.ptr) -> !llvm.ptr, i64
    %108 = llvm.load %107 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %109 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %108) : (!llvm.ptr, i64) -> !llvm.ptr
    %110 = llvm.load %109 : !llvm.ptr -> !llvm.ptr
    %111 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %112 = llvm.add %111, %22 : i64
    llvm.store %112, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %113 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %114 = llvm.getelementptr inbounds %113[%111] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %115 = llvm.load %114 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%115, %13, %2, %106, %110) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %116 = llvm.getelementptr inbounds %32[2] : (!llvm.ptr) -> !llvm.ptr, i64
    %117 = llvm.load %116 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %118 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %117) : (!llvm.ptr, i64) -> !llvm.ptr
    %119 = llvm.load %118 : !llvm.ptr -> !llvm.ptr
    %120 = llvm.getelementptr inbounds %33[3] : (!llvm.ptr) -> !llvm.ptr, i64
    %121 = llvm.load %120 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %122 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %121) : (!llvm.ptr, i64) -> !llvm.ptr
    %123 = llvm.load %122 : !llvm.ptr -> !llvm.ptr
    %124 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %125 = llvm.add %124, %22 : i64
    llvm.store %125, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %126 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %127 = llvm.getelementptr inbounds %126[%124] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %128 = llvm.load %127 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%128, %13, %2, %119, %123) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %129 = llvm.getelementptr inbounds %34[4] : (!llvm.ptr) -> !llvm.ptr, i64
    %130 = llvm.load %129 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %131 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %130) : (!llvm.ptr, i64) -> !llvm.ptr
    %132 = llvm.load %131 : !llvm.ptr -> !llvm.ptr
    %133 = llvm.getelementptr inbounds %35[5] : (!llvm.ptr) -> !llvm.ptr, i64
    %134 = llvm.load %133 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %135 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %134) : (!llvm.ptr, i64) -> !llvm.ptr
    %136 = llvm.load %135 : !llvm.ptr -> !llvm.ptr
    %137 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %138 = llvm.add %137, %22 : i64
    llvm.store %138, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %139 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %140 = llvm.getelementptr inbounds %139[%137] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %141 = llvm.load %140 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%141, %13, %2, %132, %136) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %142 = llvm.getelementptr inbounds %36[6] : (!llvm.ptr) -> !llvm.ptr, i64
    %143 = llvm.load %142 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %144 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %143) : (!llvm.ptr, i64) -> !llvm.ptr
    %145 = llvm.load %144 : !llvm.ptr -> !llvm.ptr
    %146 = llvm.getelementptr inbounds %37[7] : (!llvm.ptr) -> !llvm.ptr, i64
    %147 = llvm.load %146 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %148 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %147) : (!llvm.ptr, i64) -> !llvm.ptr
    %149 = llvm.load %148 : !llvm.ptr -> !llvm.ptr
    %150 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %151 = llvm.add %150, %22 : i64
    llvm.store %151, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %152 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %153 = llvm.getelementptr inbounds %152[%150] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %154 = llvm.load %153 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%154, %13, %2, %145, %149) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %155 = llvm.getelementptr inbounds %38[8] : (!llvm.ptr) -> !llvm.ptr, i64
    %156 = llvm.load %155 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %157 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %156) : (!llvm.ptr, i64) -> !llvm.ptr
    %158 = llvm.load %157 : !llvm.ptr -> !llvm.ptr
    %159 = llvm.getelementptr inbounds %39[9] : (!llvm.ptr) -> !llvm.ptr, i64
    %160 = llvm.load %159 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %161 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %160) : (!llvm.ptr, i64) -> !llvm.ptr
    %162 = llvm.load %161 : !llvm.ptr -> !llvm.ptr
    %163 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %164 = llvm.add %163, %22 : i64
    llvm.store %164, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %165 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %166 = llvm.getelementptr inbounds %165[%163] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %167 = llvm.load %166 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%167, %13, %2, %158, %162) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %168 = llvm.getelementptr inbounds %40[10] : (!llvm.ptr) -> !llvm.ptr, i64
    %169 = llvm.load %168 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %170 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %169) : (!llvm.ptr, i64) -> !llvm.ptr
    %171 = llvm.load %170 : !llvm.ptr -> !llvm.ptr
    %172 = llvm.getelementptr inbounds %41[11] : (!llvm.ptr) -> !llvm.ptr, i64
    %173 = llvm.load %172 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %174 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %173) : (!llvm.ptr, i64) -> !llvm.ptr
    %175 = llvm.load %174 : !llvm.ptr -> !llvm.ptr
    %176 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %177 = llvm.add %176, %22 : i64
    llvm.store %177, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %178 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %179 = llvm.getelementptr inbounds %178[%176] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %180 = llvm.load %179 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%180, %13, %2, %171, %175) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %181 = llvm.getelementptr inbounds %42[12] : (!llvm.ptr) -> !llvm.ptr, i64
    %182 = llvm.load %181 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %183 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %182) : (!llvm.ptr, i64) -> !llvm.ptr
    %184 = llvm.load %183 : !llvm.ptr -> !llvm.ptr
    %185 = llvm.getelementptr inbounds %43[13] : (!llvm.ptr) -> !llvm.ptr, i64
    %186 = llvm.load %185 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %187 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %188 = llvm.load %187 : !llvm.ptr -> !llvm.ptr
    %189 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %190 = llvm.add %189, %22 : i64
    llvm.store %190, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %191 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %192 = llvm.getelementptr inbounds %191[%189] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %193 = llvm.load %192 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%193, %13, %2, %184, %188) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %194 = llvm.getelementptr inbounds %44[14] : (!llvm.ptr) -> !llvm.ptr, i64
    %195 = llvm.load %194 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %196 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %195) : (!llvm.ptr, i64) -> !llvm.ptr
    %197 = llvm.load %196 : !llvm.ptr -> !llvm.ptr
    %198 = llvm.getelementptr inbounds %45[15] : (!llvm.ptr) -> !llvm.ptr, i64
    %199 = llvm.load %198 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %200 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %199) : (!llvm.ptr, i64) -> !llvm.ptr
    %201 = llvm.load %200 : !llvm.ptr -> !llvm.ptr
    %202 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %203 = llvm.add %202, %22 : i64
    llvm.store %203, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %204 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %205 = llvm.getelementptr inbounds %204[%202] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %206 = llvm.load %205 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%206, %13, %2, %197, %201) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %207 = llvm.getelementptr inbounds %46[16] : (!llvm.ptr) -> !llvm.ptr, i64
    %208 = llvm.load %207 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %209 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %208) : (!llvm.ptr, i64) -> !llvm.ptr
    %210 = llvm.load %209 : !llvm.ptr -> !llvm.ptr
    %211 = llvm.getelementptr inbounds %47[17] : (!llvm.ptr) -> !llvm.ptr, i64
    %212 = llvm.load %211 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %213 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %212) : (!llvm.ptr, i64) -> !llvm.ptr
    %214 = llvm.load %213 : !llvm.ptr -> !llvm.ptr
    %215 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %216 = llvm.add %215, %22 : i64
    llvm.store %216, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %217 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %218 = llvm.getelementptr inbounds %217[%215] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %219 = llvm.load %218 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%219, %13, %2, %210, %214) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %220 = llvm.getelementptr inbounds %48[18] : (!llvm.ptr) -> !llvm.ptr, i64
    %221 = llvm.load %220 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %222 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %221) : (!llvm.ptr, i64) -> !llvm.ptr
    %223 = llvm.load %222 : !llvm.ptr -> !llvm.ptr
    %224 = llvm.getelementptr inbounds %49[19] : (!llvm.ptr) -> !llvm.ptr, i64
    %225 = llvm.load %224 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %226 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %225) : (!llvm.ptr, i64) -> !llvm.ptr
    %227 = llvm.load %226 : !llvm.ptr -> !llvm.ptr
    %228 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %229 = llvm.add %228, %22 : i64
    llvm.store %229, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %230 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %231 = llvm.getelementptr inbounds %230[%228] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %232 = llvm.load %231 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%232, %13, %2, %223, %227) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %233 = llvm.getelementptr inbounds %50[20] : (!llvm.ptr) -> !llvm.ptr, i64
    %234 = llvm.load %233 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %235 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %236 = llvm.load %235 : !llvm.ptr -> !llvm.ptr
    %237 = llvm.getelementptr inbounds %51[21] : (!llvm.ptr) -> !llvm.ptr, i64
    %238 = llvm.load %237 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %239 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %240 = llvm.load %239 : !llvm.ptr -> !llvm.ptr
    %241 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %242 = llvm.add %241, %22 : i64
    llvm.store %242, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %243 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %244 = llvm.getelementptr inbounds %243[%241] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %245 = llvm.load %244 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%245, %13, %2, %236, %240) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %246 = llvm.getelementptr inbounds %52[22] : (!llvm.ptr) -> !llvm.ptr, i64
    %247 = llvm.load %246 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %248 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %247) : (!llvm.ptr, i64) -> !llvm.ptr
    %249 = llvm.load %248 : !llvm.ptr -> !llvm.ptr
    %250 = llvm.getelementptr inbounds %53[23] : (!llvm.ptr) -> !llvm.ptr, i64
    %251 = llvm.load %250 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %252 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %251) : (!llvm.ptr, i64) -> !llvm.ptr
    %253 = llvm.load %252 : !llvm.ptr -> !llvm.ptr
    %254 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %255 = llvm.add %254, %22 : i64
    llvm.store %255, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %256 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %257 = llvm.getelementptr inbounds %256[%254] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %258 = llvm.load %257 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%258, %13, %2, %249, %253) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %259 = llvm.getelementptr inbounds %54[24] : (!llvm.ptr) -> !llvm.ptr, i64
    %260 = llvm.load %259 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %261 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %260) : (!llvm.ptr, i64) -> !llvm.ptr
    %262 = llvm.load %261 : !llvm.ptr -> !llvm.ptr
    %263 = llvm.getelementptr inbounds %55[25] : (!llvm.ptr) -> !llvm.ptr, i64
    %264 = llvm.load %263 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %265 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %264) : (!llvm.ptr, i64) -> !llvm.ptr
    %266 = llvm.load %265 : !llvm.ptr -> !llvm.ptr
    %267 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %268 = llvm.add %267, %22 : i64
    llvm.store %268, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %269 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %270 = llvm.getelementptr inbounds %269[%267] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %271 = llvm.load %270 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%271, %13, %2, %262, %266) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %272 = llvm.getelementptr inbounds %56[26] : (!llvm.ptr) -> !llvm.ptr, i64
    %273 = llvm.load %272 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %274 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %273) : (!llvm.ptr, i64) -> !llvm.ptr
    %275 = llvm.load %274 : !llvm.ptr -> !llvm.ptr
    %276 = llvm.getelementptr inbounds %57[27] : (!llvm.ptr) -> !llvm.ptr, i64
    %277 = llvm.load %276 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %278 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %277) : (!llvm.ptr, i64) -> !llvm.ptr
    %279 = llvm.load %278 : !llvm.ptr -> !llvm.ptr
    %280 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %281 = llvm.add %280, %22 : i64
    llvm.store %281, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %282 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %283 = llvm.getelementptr inbounds %282[%280] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %284 = llvm.load %283 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%284, %13, %2, %275, %279) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %285 = llvm.getelementptr inbounds %58[28] : (!llvm.ptr) -> !llvm.ptr, i64
    %286 = llvm.load %285 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %287 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %288 = llvm.load %287 : !llvm.ptr -> !llvm.ptr
    %289 = llvm.getelementptr inbounds %59[29] : (!llvm.ptr) -> !llvm.ptr, i64
    %290 = llvm.load %289 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %291 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %292 = llvm.load %291 : !llvm.ptr -> !llvm.ptr
    %293 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %294 = llvm.add %293, %22 : i64
    llvm.store %294, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %295 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %296 = llvm.getelementptr inbounds %295[%293] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %297 = llvm.load %296 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%297, %13, %2, %288, %292) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %298 = llvm.getelementptr inbounds %60[30] : (!llvm.ptr) -> !llvm.ptr, i64
    %299 = llvm.load %298 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %300 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %299) : (!llvm.ptr, i64) -> !llvm.ptr
    %301 = llvm.load %300 : !llvm.ptr -> !llvm.ptr
    %302 = llvm.getelementptr inbounds %61[31] : (!llvm.ptr) -> !llvm.ptr, i64
    %303 = llvm.load %302 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %304 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %303) : (!llvm.ptr, i64) -> !llvm.ptr
    %305 = llvm.load %304 : !llvm.ptr -> !llvm.ptr
    %306 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %307 = llvm.add %306, %22 : i64
    llvm.store %307, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %308 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %309 = llvm.getelementptr inbounds %308[%306] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %310 = llvm.load %309 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%310, %13, %2, %301, %305) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %311 = llvm.getelementptr inbounds %62[32] : (!llvm.ptr) -> !llvm.ptr, i64
    %312 = llvm.load %311 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %313 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %312) : (!llvm.ptr, i64) -> !llvm.ptr
    %314 = llvm.load %313 : !llvm.ptr -> !llvm.ptr
    %315 = llvm.getelementptr inbounds %63[33] : (!llvm.ptr) -> !llvm.ptr, i64
    %316 = llvm.load %315 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %317 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %316) : (!llvm.ptr, i64) -> !llvm.ptr
    %318 = llvm.load %317 : !llvm.ptr -> !llvm.ptr
    %319 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %320 = llvm.add %319, %22 : i64
    llvm.store %320, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %321 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %322 = llvm.getelementptr inbounds %321[%319] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %323 = llvm.load %322 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%323, %13, %2, %314, %318) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %324 = llvm.getelementptr inbounds %64[34] : (!llvm.ptr) -> !llvm.ptr, i64
    %325 = llvm.load %324 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %326 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %325) : (!llvm.ptr, i64) -> !llvm.ptr
    %327 = llvm.load %326 : !llvm.ptr -> !llvm.ptr
    %328 = llvm.getelementptr inbounds %65[35] : (!llvm.ptr) -> !llvm.ptr, i64
    %329 = llvm.load %328 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %330 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %329) : (!llvm.ptr, i64) -> !llvm.ptr
    %331 = llvm.load %330 : !llvm.ptr -> !llvm.ptr
    %332 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %333 = llvm.add %332, %22 : i64
    llvm.store %333, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %334 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %335 = llvm.getelementptr inbounds %334[%332] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %336 = llvm.load %335 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%336, %13, %2, %327, %331) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %337 = llvm.getelementptr inbounds %66[36] : (!llvm.ptr) -> !llvm.ptr, i64
    %338 = llvm.load %337 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %339 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %340 = llvm.load %339 : !llvm.ptr -> !llvm.ptr
    %341 = llvm.getelementptr inbounds %67[37] : (!llvm.ptr) -> !llvm.ptr, i64
    %342 = llvm.load %341 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %343 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %344 = llvm.load %343 : !llvm.ptr -> !llvm.ptr
    %345 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %346 = llvm.add %345, %22 : i64
    llvm.store %346, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %347 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %348 = llvm.getelementptr inbounds %347[%345] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %349 = llvm.load %348 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%349, %13, %2, %340, %344) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %350 = llvm.getelementptr inbounds %68[38] : (!llvm.ptr) -> !llvm.ptr, i64
    %351 = llvm.load %350 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %352 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %351) : (!llvm.ptr, i64) -> !llvm.ptr
    %353 = llvm.load %352 : !llvm.ptr -> !llvm.ptr
    %354 = llvm.getelementptr inbounds %69[39] : (!llvm.ptr) -> !llvm.ptr, i64
    %355 = llvm.load %354 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %356 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %355) : (!llvm.ptr, i64) -> !llvm.ptr
    %357 = llvm.load %356 : !llvm.ptr -> !llvm.ptr
    %358 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %359 = llvm.add %358, %22 : i64
    llvm.store %359, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %360 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %361 = llvm.getelementptr inbounds %360[%358] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %362 = llvm.load %361 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%362, %13, %2, %353, %357) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %363 = llvm.getelementptr inbounds %70[40] : (!llvm.ptr) -> !llvm.ptr, i64
    %364 = llvm.load %363 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %365 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %364) : (!llvm.ptr, i64) -> !llvm.ptr
    %366 = llvm.load %365 : !llvm.ptr -> !llvm.ptr
    %367 = llvm.getelementptr inbounds %71[41] : (!llvm.ptr) -> !llvm.ptr, i64
    %368 = llvm.load %367 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %369 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %368) : (!llvm.ptr, i64) -> !llvm.ptr
    %370 = llvm.load %369 : !llvm.ptr -> !llvm.ptr
    %371 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %372 = llvm.add %371, %22 : i64
    llvm.store %372, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %373 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %374 = llvm.getelementptr inbounds %373[%371] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %375 = llvm.load %374 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%375, %13, %2, %366, %370) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %376 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %14) : (!llvm.ptr, i64) -> !llvm.ptr
    %377 = llvm.load %376 : !llvm.ptr -> !llvm.ptr
    %378 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %379 = llvm.add %378, %22 : i64
    llvm.store %379, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %380 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %381 = llvm.getelementptr inbounds %380[%378] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %382 = llvm.load %381 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%382, %377, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %383 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %12) : (!llvm.ptr, i64) -> !llvm.ptr
    %384 = llvm.load %383 : !llvm.ptr -> !llvm.ptr
    %385 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %386 = llvm.add %385, %22 : i64
    llvm.store %386, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %387 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %388 = llvm.getelementptr inbounds %387[%385] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %389 = llvm.load %388 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%389, %384, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %390 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %391 = llvm.load %390 : !llvm.ptr -> !llvm.ptr
    %392 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %393 = llvm.add %392, %22 : i64
    llvm.store %393, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %394 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %395 = llvm.getelementptr inbounds %394[%392] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %396 = llvm.load %395 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%396, %391, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %397 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %398 = llvm.load %397 : !llvm.ptr -> !llvm.ptr
    %399 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %400 = llvm.add %399, %22 : i64
    llvm.store %400, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %401 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %402 = llvm.getelementptr inbounds %401[%399] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %403 = llvm.load %402 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%403, %398, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %404 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %405 = llvm.load %404 : !llvm.ptr -> !llvm.ptr
    %406 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %407 = llvm.add %406, %22 : i64
    llvm.store %407, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %408 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %409 = llvm.getelementptr inbounds %408[%406] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %410 = llvm.load %409 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%410, %405, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %411 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %412 = llvm.load %411 : !llvm.ptr -> !llvm.ptr
    %413 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %414 = llvm.add %413, %22 : i64
    llvm.store %414, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %415 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %416 = llvm.getelementptr inbounds %415[%413] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %417 = llvm.load %416 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%417, %412, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %418 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %419 = llvm.load %418 : !llvm.ptr -> !llvm.ptr
    %420 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %421 = llvm.add %420, %22 : i64
    llvm.store %421, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %422 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %423 = llvm.getelementptr inbounds %422[%420] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %424 = llvm.load %423 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%424, %419, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %425 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %426 = llvm.load %425 : !llvm.ptr -> !llvm.ptr
    %427 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %428 = llvm.add %427, %22 : i64
    llvm.store %428, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %429 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %430 = llvm.getelementptr inbounds %429[%427] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %431 = llvm.load %430 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%431, %426, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %432 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %433 = llvm.load %432 : !llvm.ptr -> !llvm.ptr
    %434 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %435 = llvm.add %434, %22 : i64
    llvm.store %435, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %436 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %437 = llvm.getelementptr inbounds %436[%434] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %438 = llvm.load %437 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%438, %433, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %439 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %440 = llvm.load %439 : !llvm.ptr -> !llvm.ptr
    %441 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %442 = llvm.add %441, %22 : i64
    llvm.store %442, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %443 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %444 = llvm.getelementptr inbounds %443[%441] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %445 = llvm.load %444 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%445, %440, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %446 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %447 = llvm.load %446 : !llvm.ptr -> !llvm.ptr
    %448 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %449 = llvm.add %448, %22 : i64
    llvm.store %449, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %450 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %451 = llvm.getelementptr inbounds %450[%448] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %452 = llvm.load %451 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%452, %447, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %453 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %454 = llvm.load %453 : !llvm.ptr -> !llvm.ptr
    %455 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %456 = llvm.add %455, %22 : i64
    llvm.store %456, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %457 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %458 = llvm.getelementptr inbounds %457[%455] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %459 = llvm.load %458 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%459, %454, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %460 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %22) : (!llvm.ptr, i64) -> !llvm.ptr
    %461 = llvm.load %460 : !llvm.ptr -> !llvm.ptr
    %462 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %463 = llvm.add %462, %22 : i64
    llvm.store %463, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %464 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %465 = llvm.getelementptr inbounds %464[%462] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %466 = llvm.load %465 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%466, %461, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %467 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %21) : (!llvm.ptr, i64) -> !llvm.ptr
    %468 = llvm.load %467 : !llvm.ptr -> !llvm.ptr
    %469 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %470 = llvm.add %469, %22 : i64
    llvm.store %470, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %471 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %472 = llvm.getelementptr inbounds %471[%469] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %473 = llvm.load %472 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%473, %468, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %474 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %104) : (!llvm.ptr, i64) -> !llvm.ptr
    %475 = llvm.load %474 : !llvm.ptr -> !llvm.ptr
    %476 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %108) : (!llvm.ptr, i64) -> !llvm.ptr
    %477 = llvm.load %476 : !llvm.ptr -> !llvm.ptr
    %478 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %479 = llvm.add %478, %22 : i64
    llvm.store %479, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %480 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %481 = llvm.getelementptr inbounds %480[%478] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %482 = llvm.load %481 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%482, %13, %2, %475, %477) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %483 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %117) : (!llvm.ptr, i64) -> !llvm.ptr
    %484 = llvm.load %483 : !llvm.ptr -> !llvm.ptr
    %485 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %121) : (!llvm.ptr, i64) -> !llvm.ptr
    %486 = llvm.load %485 : !llvm.ptr -> !llvm.ptr
    %487 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %488 = llvm.add %487, %22 : i64
    llvm.store %488, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %489 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %490 = llvm.getelementptr inbounds %489[%487] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %491 = llvm.load %490 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%491, %13, %2, %484, %486) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %492 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %130) : (!llvm.ptr, i64) -> !llvm.ptr
    %493 = llvm.load %492 : !llvm.ptr -> !llvm.ptr
    %494 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %134) : (!llvm.ptr, i64) -> !llvm.ptr
    %495 = llvm.load %494 : !llvm.ptr -> !llvm.ptr
    %496 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %497 = llvm.add %496, %22 : i64
    llvm.store %497, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %498 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %499 = llvm.getelementptr inbounds %498[%496] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %500 = llvm.load %499 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%500, %13, %2, %493, %495) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %501 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %143) : (!llvm.ptr, i64) -> !llvm.ptr
    %502 = llvm.load %501 : !llvm.ptr -> !llvm.ptr
    %503 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %147) : (!llvm.ptr, i64) -> !llvm.ptr
    %504 = llvm.load %503 : !llvm.ptr -> !llvm.ptr
    %505 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %506 = llvm.add %505, %22 : i64
    llvm.store %506, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %507 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %508 = llvm.getelementptr inbounds %507[%505] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %509 = llvm.load %508 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%509, %13, %2, %502, %504) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %510 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %156) : (!llvm.ptr, i64) -> !llvm.ptr
    %511 = llvm.load %510 : !llvm.ptr -> !llvm.ptr
    %512 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %160) : (!llvm.ptr, i64) -> !llvm.ptr
    %513 = llvm.load %512 : !llvm.ptr -> !llvm.ptr
    %514 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %515 = llvm.add %514, %22 : i64
    llvm.store %515, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %516 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %517 = llvm.getelementptr inbounds %516[%514] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %518 = llvm.load %517 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%518, %13, %2, %511, %513) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %519 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %169) : (!llvm.ptr, i64) -> !llvm.ptr
    %520 = llvm.load %519 : !llvm.ptr -> !llvm.ptr
    %521 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %173) : (!llvm.ptr, i64) -> !llvm.ptr
    %522 = llvm.load %521 : !llvm.ptr -> !llvm.ptr
    %523 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %524 = llvm.add %523, %22 : i64
    llvm.store %524, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %525 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %526 = llvm.getelementptr inbounds %525[%523] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %527 = llvm.load %526 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%527, %13, %2, %520, %522) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %528 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %182) : (!llvm.ptr, i64) -> !llvm.ptr
    %529 = llvm.load %528 : !llvm.ptr -> !llvm.ptr
    %530 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %531 = llvm.load %530 : !llvm.ptr -> !llvm.ptr
    %532 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %533 = llvm.add %532, %22 : i64
    llvm.store %533, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %534 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %535 = llvm.getelementptr inbounds %534[%532] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %536 = llvm.load %535 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%536, %13, %2, %529, %531) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %537 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %195) : (!llvm.ptr, i64) -> !llvm.ptr
    %538 = llvm.load %537 : !llvm.ptr -> !llvm.ptr
    %539 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %199) : (!llvm.ptr, i64) -> !llvm.ptr
    %540 = llvm.load %539 : !llvm.ptr -> !llvm.ptr
    %541 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %542 = llvm.add %541, %22 : i64
    llvm.store %542, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %543 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %544 = llvm.getelementptr inbounds %543[%541] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %545 = llvm.load %544 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%545, %13, %2, %538, %540) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %546 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %208) : (!llvm.ptr, i64) -> !llvm.ptr
    %547 = llvm.load %546 : !llvm.ptr -> !llvm.ptr
    %548 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %212) : (!llvm.ptr, i64) -> !llvm.ptr
    %549 = llvm.load %548 : !llvm.ptr -> !llvm.ptr
    %550 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %551 = llvm.add %550, %22 : i64
    llvm.store %551, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %552 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %553 = llvm.getelementptr inbounds %552[%550] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %554 = llvm.load %553 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%554, %13, %2, %547, %549) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %555 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %221) : (!llvm.ptr, i64) -> !llvm.ptr
    %556 = llvm.load %555 : !llvm.ptr -> !llvm.ptr
    %557 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %225) : (!llvm.ptr, i64) -> !llvm.ptr
    %558 = llvm.load %557 : !llvm.ptr -> !llvm.ptr
    %559 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %560 = llvm.add %559, %22 : i64
    llvm.store %560, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %561 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %562 = llvm.getelementptr inbounds %561[%559] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %563 = llvm.load %562 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%563, %13, %2, %556, %558) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %564 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %565 = llvm.load %564 : !llvm.ptr -> !llvm.ptr
    %566 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %567 = llvm.load %566 : !llvm.ptr -> !llvm.ptr
    %568 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %569 = llvm.add %568, %22 : i64
    llvm.store %569, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %570 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %571 = llvm.getelementptr inbounds %570[%568] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %572 = llvm.load %571 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%572, %13, %2, %565, %567) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %573 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %247) : (!llvm.ptr, i64) -> !llvm.ptr
    %574 = llvm.load %573 : !llvm.ptr -> !llvm.ptr
    %575 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %251) : (!llvm.ptr, i64) -> !llvm.ptr
    %576 = llvm.load %575 : !llvm.ptr -> !llvm.ptr
    %577 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %578 = llvm.add %577, %22 : i64
    llvm.store %578, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %579 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %580 = llvm.getelementptr inbounds %579[%577] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %581 = llvm.load %580 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%581, %13, %2, %574, %576) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %582 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %260) : (!llvm.ptr, i64) -> !llvm.ptr
    %583 = llvm.load %582 : !llvm.ptr -> !llvm.ptr
    %584 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %264) : (!llvm.ptr, i64) -> !llvm.ptr
    %585 = llvm.load %584 : !llvm.ptr -> !llvm.ptr
    %586 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %587 = llvm.add %586, %22 : i64
    llvm.store %587, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %588 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %589 = llvm.getelementptr inbounds %588[%586] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %590 = llvm.load %589 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%590, %13, %2, %583, %585) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %591 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %273) : (!llvm.ptr, i64) -> !llvm.ptr
    %592 = llvm.load %591 : !llvm.ptr -> !llvm.ptr
    %593 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %277) : (!llvm.ptr, i64) -> !llvm.ptr
    %594 = llvm.load %593 : !llvm.ptr -> !llvm.ptr
    %595 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %596 = llvm.add %595, %22 : i64
    llvm.store %596, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %597 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %598 = llvm.getelementptr inbounds %597[%595] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %599 = llvm.load %598 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%599, %13, %2, %592, %594) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %600 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %601 = llvm.load %600 : !llvm.ptr -> !llvm.ptr
    %602 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %603 = llvm.load %602 : !llvm.ptr -> !llvm.ptr
    %604 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %605 = llvm.add %604, %22 : i64
    llvm.store %605, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %606 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %607 = llvm.getelementptr inbounds %606[%604] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %608 = llvm.load %607 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%608, %13, %2, %601, %603) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %609 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %299) : (!llvm.ptr, i64) -> !llvm.ptr
    %610 = llvm.load %609 : !llvm.ptr -> !llvm.ptr
    %611 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %303) : (!llvm.ptr, i64) -> !llvm.ptr
    %612 = llvm.load %611 : !llvm.ptr -> !llvm.ptr
    %613 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %614 = llvm.add %613, %22 : i64
    llvm.store %614, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %615 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %616 = llvm.getelementptr inbounds %615[%613] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %617 = llvm.load %616 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%617, %13, %2, %610, %612) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %618 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %312) : (!llvm.ptr, i64) -> !llvm.ptr
    %619 = llvm.load %618 : !llvm.ptr -> !llvm.ptr
    %620 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %316) : (!llvm.ptr, i64) -> !llvm.ptr
    %621 = llvm.load %620 : !llvm.ptr -> !llvm.ptr
    %622 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %623 = llvm.add %622, %22 : i64
    llvm.store %623, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %624 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %625 = llvm.getelementptr inbounds %624[%622] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %626 = llvm.load %625 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%626, %13, %2, %619, %621) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %627 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %325) : (!llvm.ptr, i64) -> !llvm.ptr
    %628 = llvm.load %627 : !llvm.ptr -> !llvm.ptr
    %629 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %329) : (!llvm.ptr, i64) -> !llvm.ptr
    %630 = llvm.load %629 : !llvm.ptr -> !llvm.ptr
    %631 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %632 = llvm.add %631, %22 : i64
    llvm.store %632, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %633 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %634 = llvm.getelementptr inbounds %633[%631] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %635 = llvm.load %634 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%635, %13, %2, %628, %630) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %636 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %637 = llvm.load %636 : !llvm.ptr -> !llvm.ptr
    %638 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %639 = llvm.load %638 : !llvm.ptr -> !llvm.ptr
    %640 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %641 = llvm.add %640, %22 : i64
    llvm.store %641, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %642 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %643 = llvm.getelementptr inbounds %642[%640] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %644 = llvm.load %643 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%644, %13, %2, %637, %639) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %645 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %351) : (!llvm.ptr, i64) -> !llvm.ptr
    %646 = llvm.load %645 : !llvm.ptr -> !llvm.ptr
    %647 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %355) : (!llvm.ptr, i64) -> !llvm.ptr
    %648 = llvm.load %647 : !llvm.ptr -> !llvm.ptr
    %649 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %650 = llvm.add %649, %22 : i64
    llvm.store %650, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %651 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %652 = llvm.getelementptr inbounds %651[%649] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %653 = llvm.load %652 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%653, %13, %2, %646, %648) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %654 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %364) : (!llvm.ptr, i64) -> !llvm.ptr
    %655 = llvm.load %654 : !llvm.ptr -> !llvm.ptr
    %656 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %368) : (!llvm.ptr, i64) -> !llvm.ptr
    %657 = llvm.load %656 : !llvm.ptr -> !llvm.ptr
    %658 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %659 = llvm.add %658, %22 : i64
    llvm.store %659, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %660 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %661 = llvm.getelementptr inbounds %660[%658] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %662 = llvm.load %661 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%662, %13, %2, %655, %657) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %663 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %14) : (!llvm.ptr, i64) -> !llvm.ptr
    %664 = llvm.load %663 : !llvm.ptr -> !llvm.ptr
    %665 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %666 = llvm.add %665, %22 : i64
    llvm.store %666, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %667 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %668 = llvm.getelementptr inbounds %667[%665] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %669 = llvm.load %668 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%669, %664, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %670 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %12) : (!llvm.ptr, i64) -> !llvm.ptr
    %671 = llvm.load %670 : !llvm.ptr -> !llvm.ptr
    %672 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %673 = llvm.add %672, %22 : i64
    llvm.store %673, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %674 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %675 = llvm.getelementptr inbounds %674[%672] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %676 = llvm.load %675 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%676, %671, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %677 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %678 = llvm.load %677 : !llvm.ptr -> !llvm.ptr
    %679 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %680 = llvm.add %679, %22 : i64
    llvm.store %680, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %681 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %682 = llvm.getelementptr inbounds %681[%679] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %683 = llvm.load %682 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%683, %678, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %684 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %685 = llvm.load %684 : !llvm.ptr -> !llvm.ptr
    %686 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %687 = llvm.add %686, %22 : i64
    llvm.store %687, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %688 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %689 = llvm.getelementptr inbounds %688[%686] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %690 = llvm.load %689 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%690, %685, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %691 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %692 = llvm.load %691 : !llvm.ptr -> !llvm.ptr
    %693 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %694 = llvm.add %693, %22 : i64
    llvm.store %694, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %695 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %696 = llvm.getelementptr inbounds %695[%693] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %697 = llvm.load %696 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%697, %692, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %698 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %699 = llvm.load %698 : !llvm.ptr -> !llvm.ptr
    %700 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %701 = llvm.add %700, %22 : i64
    llvm.store %701, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %702 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %703 = llvm.getelementptr inbounds %702[%700] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %704 = llvm.load %703 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%704, %699, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %705 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %706 = llvm.load %705 : !llvm.ptr -> !llvm.ptr
    %707 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %708 = llvm.add %707, %22 : i64
    llvm.store %708, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %709 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %710 = llvm.getelementptr inbounds %709[%707] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %711 = llvm.load %710 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%711, %706, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %712 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %713 = llvm.load %712 : !llvm.ptr -> !llvm.ptr
    %714 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %715 = llvm.add %714, %22 : i64
    llvm.store %715, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %716 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %717 = llvm.getelementptr inbounds %716[%714] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %718 = llvm.load %717 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%718, %713, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %719 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %720 = llvm.load %719 : !llvm.ptr -> !llvm.ptr
    %721 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %722 = llvm.add %721, %22 : i64
    llvm.store %722, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %723 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %724 = llvm.getelementptr inbounds %723[%721] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %725 = llvm.load %724 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%725, %720, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %726 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %727 = llvm.load %726 : !llvm.ptr -> !llvm.ptr
    %728 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %729 = llvm.add %728, %22 : i64
    llvm.store %729, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %730 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %731 = llvm.getelementptr inbounds %730[%728] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %732 = llvm.load %731 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%732, %727, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %733 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %734 = llvm.load %733 : !llvm.ptr -> !llvm.ptr
    %735 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %736 = llvm.add %735, %22 : i64
    llvm.store %736, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %737 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %738 = llvm.getelementptr inbounds %737[%735] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %739 = llvm.load %738 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%739, %734, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %740 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %741 = llvm.load %740 : !llvm.ptr -> !llvm.ptr
    %742 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %743 = llvm.add %742, %22 : i64
    llvm.store %743, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %744 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %745 = llvm.getelementptr inbounds %744[%742] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %746 = llvm.load %745 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%746, %741, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %747 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %22) : (!llvm.ptr, i64) -> !llvm.ptr
    %748 = llvm.load %747 : !llvm.ptr -> !llvm.ptr
    %749 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %750 = llvm.add %749, %22 : i64
    llvm.store %750, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %751 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %752 = llvm.getelementptr inbounds %751[%749] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %753 = llvm.load %752 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%753, %748, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %754 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %21) : (!llvm.ptr, i64) -> !llvm.ptr
    %755 = llvm.load %754 : !llvm.ptr -> !llvm.ptr
    %756 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %757 = llvm.add %756, %22 : i64
    llvm.store %757, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %758 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %759 = llvm.getelementptr inbounds %758[%756] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %760 = llvm.load %759 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%760, %755, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %761 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %104) : (!llvm.ptr, i64) -> !llvm.ptr
    %762 = llvm.load %761 : !llvm.ptr -> !llvm.ptr
    %763 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %108) : (!llvm.ptr, i64) -> !llvm.ptr
    %764 = llvm.load %763 : !llvm.ptr -> !llvm.ptr
    %765 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %766 = llvm.add %765, %22 : i64
    llvm.store %766, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %767 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %768 = llvm.getelementptr inbounds %767[%765] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %769 = llvm.load %768 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%769, %13, %2, %762, %764) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %770 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %117) : (!llvm.ptr, i64) -> !llvm.ptr
    %771 = llvm.load %770 : !llvm.ptr -> !llvm.ptr
    %772 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %121) : (!llvm.ptr, i64) -> !llvm.ptr
    %773 = llvm.load %772 : !llvm.ptr -> !llvm.ptr
    %774 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %775 = llvm.add %774, %22 : i64
    llvm.store %775, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %776 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %777 = llvm.getelementptr inbounds %776[%774] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %778 = llvm.load %777 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%778, %13, %2, %771, %773) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %779 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %130) : (!llvm.ptr, i64) -> !llvm.ptr
    %780 = llvm.load %779 : !llvm.ptr -> !llvm.ptr
    %781 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %134) : (!llvm.ptr, i64) -> !llvm.ptr
    %782 = llvm.load %781 : !llvm.ptr -> !llvm.ptr
    %783 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %784 = llvm.add %783, %22 : i64
    llvm.store %784, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %785 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %786 = llvm.getelementptr inbounds %785[%783] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %787 = llvm.load %786 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%787, %13, %2, %780, %782) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %788 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %143) : (!llvm.ptr, i64) -> !llvm.ptr
    %789 = llvm.load %788 : !llvm.ptr -> !llvm.ptr
    %790 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %147) : (!llvm.ptr, i64) -> !llvm.ptr
    %791 = llvm.load %790 : !llvm.ptr -> !llvm.ptr
    %792 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %793 = llvm.add %792, %22 : i64
    llvm.store %793, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %794 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %795 = llvm.getelementptr inbounds %794[%792] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %796 = llvm.load %795 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%796, %13, %2, %789, %791) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %797 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %156) : (!llvm.ptr, i64) -> !llvm.ptr
    %798 = llvm.load %797 : !llvm.ptr -> !llvm.ptr
    %799 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %160) : (!llvm.ptr, i64) -> !llvm.ptr
    %800 = llvm.load %799 : !llvm.ptr -> !llvm.ptr
    %801 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %802 = llvm.add %801, %22 : i64
    llvm.store %802, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %803 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %804 = llvm.getelementptr inbounds %803[%801] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %805 = llvm.load %804 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%805, %13, %2, %798, %800) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %806 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %169) : (!llvm.ptr, i64) -> !llvm.ptr
    %807 = llvm.load %806 : !llvm.ptr -> !llvm.ptr
    %808 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %173) : (!llvm.ptr, i64) -> !llvm.ptr
    %809 = llvm.load %808 : !llvm.ptr -> !llvm.ptr
    %810 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %811 = llvm.add %810, %22 : i64
    llvm.store %811, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %812 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %813 = llvm.getelementptr inbounds %812[%810] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %814 = llvm.load %813 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%814, %13, %2, %807, %809) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %815 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %182) : (!llvm.ptr, i64) -> !llvm.ptr
    %816 = llvm.load %815 : !llvm.ptr -> !llvm.ptr
    %817 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %818 = llvm.load %817 : !llvm.ptr -> !llvm.ptr
    %819 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %820 = llvm.add %819, %22 : i64
    llvm.store %820, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %821 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %822 = llvm.getelementptr inbounds %821[%819] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %823 = llvm.load %822 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%823, %13, %2, %816, %818) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %824 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %195) : (!llvm.ptr, i64) -> !llvm.ptr
    %825 = llvm.load %824 : !llvm.ptr -> !llvm.ptr
    %826 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %199) : (!llvm.ptr, i64) -> !llvm.ptr
    %827 = llvm.load %826 : !llvm.ptr -> !llvm.ptr
    %828 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %829 = llvm.add %828, %22 : i64
    llvm.store %829, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %830 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %831 = llvm.getelementptr inbounds %830[%828] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %832 = llvm.load %831 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%832, %13, %2, %825, %827) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %833 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %208) : (!llvm.ptr, i64) -> !llvm.ptr
    %834 = llvm.load %833 : !llvm.ptr -> !llvm.ptr
    %835 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %212) : (!llvm.ptr, i64) -> !llvm.ptr
    %836 = llvm.load %835 : !llvm.ptr -> !llvm.ptr
    %837 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %838 = llvm.add %837, %22 : i64
    llvm.store %838, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %839 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %840 = llvm.getelementptr inbounds %839[%837] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %841 = llvm.load %840 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%841, %13, %2, %834, %836) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %842 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %221) : (!llvm.ptr, i64) -> !llvm.ptr
    %843 = llvm.load %842 : !llvm.ptr -> !llvm.ptr
    %844 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %225) : (!llvm.ptr, i64) -> !llvm.ptr
    %845 = llvm.load %844 : !llvm.ptr -> !llvm.ptr
    %846 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %847 = llvm.add %846, %22 : i64
    llvm.store %847, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %848 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %849 = llvm.getelementptr inbounds %848[%846] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %850 = llvm.load %849 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%850, %13, %2, %843, %845) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %851 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %852 = llvm.load %851 : !llvm.ptr -> !llvm.ptr
    %853 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %854 = llvm.load %853 : !llvm.ptr -> !llvm.ptr
    %855 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %856 = llvm.add %855, %22 : i64
    llvm.store %856, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %857 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %858 = llvm.getelementptr inbounds %857[%855] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %859 = llvm.load %858 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%859, %13, %2, %852, %854) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %860 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %247) : (!llvm.ptr, i64) -> !llvm.ptr
    %861 = llvm.load %860 : !llvm.ptr -> !llvm.ptr
    %862 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %251) : (!llvm.ptr, i64) -> !llvm.ptr
    %863 = llvm.load %862 : !llvm.ptr -> !llvm.ptr
    %864 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %865 = llvm.add %864, %22 : i64
    llvm.store %865, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %866 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %867 = llvm.getelementptr inbounds %866[%864] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %868 = llvm.load %867 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%868, %13, %2, %861, %863) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %869 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %260) : (!llvm.ptr, i64) -> !llvm.ptr
    %870 = llvm.load %869 : !llvm.ptr -> !llvm.ptr
    %871 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %264) : (!llvm.ptr, i64) -> !llvm.ptr
    %872 = llvm.load %871 : !llvm.ptr -> !llvm.ptr
    %873 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %874 = llvm.add %873, %22 : i64
    llvm.store %874, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %875 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %876 = llvm.getelementptr inbounds %875[%873] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %877 = llvm.load %876 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%877, %13, %2, %870, %872) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %878 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %273) : (!llvm.ptr, i64) -> !llvm.ptr
    %879 = llvm.load %878 : !llvm.ptr -> !llvm.ptr
    %880 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %277) : (!llvm.ptr, i64) -> !llvm.ptr
    %881 = llvm.load %880 : !llvm.ptr -> !llvm.ptr
    %882 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %883 = llvm.add %882, %22 : i64
    llvm.store %883, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %884 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %885 = llvm.getelementptr inbounds %884[%882] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %886 = llvm.load %885 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%886, %13, %2, %879, %881) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %887 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %888 = llvm.load %887 : !llvm.ptr -> !llvm.ptr
    %889 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %890 = llvm.load %889 : !llvm.ptr -> !llvm.ptr
    %891 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %892 = llvm.add %891, %22 : i64
    llvm.store %892, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %893 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %894 = llvm.getelementptr inbounds %893[%891] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %895 = llvm.load %894 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%895, %13, %2, %888, %890) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %896 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %299) : (!llvm.ptr, i64) -> !llvm.ptr
    %897 = llvm.load %896 : !llvm.ptr -> !llvm.ptr
    %898 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %303) : (!llvm.ptr, i64) -> !llvm.ptr
    %899 = llvm.load %898 : !llvm.ptr -> !llvm.ptr
    %900 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %901 = llvm.add %900, %22 : i64
    llvm.store %901, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %902 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %903 = llvm.getelementptr inbounds %902[%900] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %904 = llvm.load %903 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%904, %13, %2, %897, %899) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %905 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %312) : (!llvm.ptr, i64) -> !llvm.ptr
    %906 = llvm.load %905 : !llvm.ptr -> !llvm.ptr
    %907 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %316) : (!llvm.ptr, i64) -> !llvm.ptr
    %908 = llvm.load %907 : !llvm.ptr -> !llvm.ptr
    %909 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %910 = llvm.add %909, %22 : i64
    llvm.store %910, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %911 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %912 = llvm.getelementptr inbounds %911[%909] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %913 = llvm.load %912 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%913, %13, %2, %906, %908) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %914 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %325) : (!llvm.ptr, i64) -> !llvm.ptr
    %915 = llvm.load %914 : !llvm.ptr -> !llvm.ptr
    %916 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %329) : (!llvm.ptr, i64) -> !llvm.ptr
    %917 = llvm.load %916 : !llvm.ptr -> !llvm.ptr
    %918 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %919 = llvm.add %918, %22 : i64
    llvm.store %919, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %920 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %921 = llvm.getelementptr inbounds %920[%918] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %922 = llvm.load %921 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%922, %13, %2, %915, %917) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %923 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %924 = llvm.load %923 : !llvm.ptr -> !llvm.ptr
    %925 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %926 = llvm.load %925 : !llvm.ptr -> !llvm.ptr
    %927 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %928 = llvm.add %927, %22 : i64
    llvm.store %928, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %929 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %930 = llvm.getelementptr inbounds %929[%927] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %931 = llvm.load %930 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%931, %13, %2, %924, %926) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %932 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %351) : (!llvm.ptr, i64) -> !llvm.ptr
    %933 = llvm.load %932 : !llvm.ptr -> !llvm.ptr
    %934 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %355) : (!llvm.ptr, i64) -> !llvm.ptr
    %935 = llvm.load %934 : !llvm.ptr -> !llvm.ptr
    %936 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %937 = llvm.add %936, %22 : i64
    llvm.store %937, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %938 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %939 = llvm.getelementptr inbounds %938[%936] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %940 = llvm.load %939 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%940, %13, %2, %933, %935) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %941 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %364) : (!llvm.ptr, i64) -> !llvm.ptr
    %942 = llvm.load %941 : !llvm.ptr -> !llvm.ptr
    %943 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %368) : (!llvm.ptr, i64) -> !llvm.ptr
    %944 = llvm.load %943 : !llvm.ptr -> !llvm.ptr
    %945 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %946 = llvm.add %945, %22 : i64
    llvm.store %946, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %947 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %948 = llvm.getelementptr inbounds %947[%945] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %949 = llvm.load %948 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__MultiRZ(%949, %13, %2, %942, %944) vararg(!llvm.func<void (f64, ptr, i64, ...)>) : (f64, !llvm.ptr, i64, !llvm.ptr, !llvm.ptr) -> ()
    %950 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %21) : (!llvm.ptr, i64) -> !llvm.ptr
    %951 = llvm.load %950 : !llvm.ptr -> !llvm.ptr
    %952 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %953 = llvm.add %952, %22 : i64
    llvm.store %953, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %954 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %955 = llvm.getelementptr inbounds %954[%952] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %956 = llvm.load %955 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%956, %951, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %957 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %22) : (!llvm.ptr, i64) -> !llvm.ptr
    %958 = llvm.load %957 : !llvm.ptr -> !llvm.ptr
    %959 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %960 = llvm.add %959, %22 : i64
    llvm.store %960, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %961 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %962 = llvm.getelementptr inbounds %961[%959] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %963 = llvm.load %962 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%963, %958, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %964 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %2) : (!llvm.ptr, i64) -> !llvm.ptr
    %965 = llvm.load %964 : !llvm.ptr -> !llvm.ptr
    %966 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %967 = llvm.add %966, %22 : i64
    llvm.store %967, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %968 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %969 = llvm.getelementptr inbounds %968[%966] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %970 = llvm.load %969 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%970, %965, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %971 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %3) : (!llvm.ptr, i64) -> !llvm.ptr
    %972 = llvm.load %971 : !llvm.ptr -> !llvm.ptr
    %973 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %974 = llvm.add %973, %22 : i64
    llvm.store %974, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %975 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %976 = llvm.getelementptr inbounds %975[%973] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %977 = llvm.load %976 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%977, %972, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %978 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %4) : (!llvm.ptr, i64) -> !llvm.ptr
    %979 = llvm.load %978 : !llvm.ptr -> !llvm.ptr
    %980 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %981 = llvm.add %980, %22 : i64
    llvm.store %981, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %982 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %983 = llvm.getelementptr inbounds %982[%980] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %984 = llvm.load %983 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%984, %979, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %985 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %5) : (!llvm.ptr, i64) -> !llvm.ptr
    %986 = llvm.load %985 : !llvm.ptr -> !llvm.ptr
    %987 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %988 = llvm.add %987, %22 : i64
    llvm.store %988, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %989 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %990 = llvm.getelementptr inbounds %989[%987] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %991 = llvm.load %990 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%991, %986, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %992 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %6) : (!llvm.ptr, i64) -> !llvm.ptr
    %993 = llvm.load %992 : !llvm.ptr -> !llvm.ptr
    %994 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %995 = llvm.add %994, %22 : i64
    llvm.store %995, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %996 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %997 = llvm.getelementptr inbounds %996[%994] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %998 = llvm.load %997 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%998, %993, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %999 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %7) : (!llvm.ptr, i64) -> !llvm.ptr
    %1000 = llvm.load %999 : !llvm.ptr -> !llvm.ptr
    %1001 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %1002 = llvm.add %1001, %22 : i64
    llvm.store %1002, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %1003 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %1004 = llvm.getelementptr inbounds %1003[%1001] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %1005 = llvm.load %1004 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%1005, %1000, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %1006 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %8) : (!llvm.ptr, i64) -> !llvm.ptr
    %1007 = llvm.load %1006 : !llvm.ptr -> !llvm.ptr
    %1008 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %1009 = llvm.add %1008, %22 : i64
    llvm.store %1009, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %1010 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %1011 = llvm.getelementptr inbounds %1010[%1008] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %1012 = llvm.load %1011 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%1012, %1007, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %1013 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %9) : (!llvm.ptr, i64) -> !llvm.ptr
    %1014 = llvm.load %1013 : !llvm.ptr -> !llvm.ptr
    %1015 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %1016 = llvm.add %1015, %22 : i64
    llvm.store %1016, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %1017 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %1018 = llvm.getelementptr inbounds %1017[%1015] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %1019 = llvm.load %1018 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%1019, %1014, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %1020 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %10) : (!llvm.ptr, i64) -> !llvm.ptr
    %1021 = llvm.load %1020 : !llvm.ptr -> !llvm.ptr
    %1022 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %1023 = llvm.add %1022, %22 : i64
    llvm.store %1023, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %1024 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %1025 = llvm.getelementptr inbounds %1024[%1022] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %1026 = llvm.load %1025 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%1026, %1021, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %1027 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %11) : (!llvm.ptr, i64) -> !llvm.ptr
    %1028 = llvm.load %1027 : !llvm.ptr -> !llvm.ptr
    %1029 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %1030 = llvm.add %1029, %22 : i64
    llvm.store %1030, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %1031 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %1032 = llvm.getelementptr inbounds %1031[%1029] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %1033 = llvm.load %1032 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%1033, %1028, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %1034 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %12) : (!llvm.ptr, i64) -> !llvm.ptr
    %1035 = llvm.load %1034 : !llvm.ptr -> !llvm.ptr
    %1036 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %1037 = llvm.add %1036, %22 : i64
    llvm.store %1037, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %1038 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %1039 = llvm.getelementptr inbounds %1038[%1036] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %1040 = llvm.load %1039 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%1040, %1035, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %1041 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %14) : (!llvm.ptr, i64) -> !llvm.ptr
    %1042 = llvm.load %1041 : !llvm.ptr -> !llvm.ptr
    %1043 = llvm.load %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %1044 = llvm.add %1043, %22 : i64
    llvm.store %1044, %29 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %1045 = llvm.extractvalue %27[1] : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> 
    %1046 = llvm.getelementptr inbounds %1045[%1043] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    %1047 = llvm.load %1046 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.call @__catalyst__qis__RX(%1047, %1042, %13) : (f64, !llvm.ptr, !llvm.ptr) -> ()
    %1048 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %104) : (!llvm.ptr, i64) -> !llvm.ptr
    %1049 = llvm.load %1048 : !llvm.ptr -> !llvm.ptr
    %1050 = llvm.call @__catalyst__qis__NamedObs(%3, %1049) : (i64, !llvm.ptr) -> i64
    %1051 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %108) : (!llvm.ptr, i64) -> !llvm.ptr
    %1052 = llvm.load %1051 : !llvm.ptr -> !llvm.ptr
    %1053 = llvm.call @__catalyst__qis__NamedObs(%3, %1052) : (i64, !llvm.ptr) -> i64
    %1054 = llvm.call @__catalyst__qis__TensorObs(%2, %1050, %1053) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1055 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %117) : (!llvm.ptr, i64) -> !llvm.ptr
    %1056 = llvm.load %1055 : !llvm.ptr -> !llvm.ptr
    %1057 = llvm.call @__catalyst__qis__NamedObs(%3, %1056) : (i64, !llvm.ptr) -> i64
    %1058 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %121) : (!llvm.ptr, i64) -> !llvm.ptr
    %1059 = llvm.load %1058 : !llvm.ptr -> !llvm.ptr
    %1060 = llvm.call @__catalyst__qis__NamedObs(%3, %1059) : (i64, !llvm.ptr) -> i64
    %1061 = llvm.call @__catalyst__qis__TensorObs(%2, %1057, %1060) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1062 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %130) : (!llvm.ptr, i64) -> !llvm.ptr
    %1063 = llvm.load %1062 : !llvm.ptr -> !llvm.ptr
    %1064 = llvm.call @__catalyst__qis__NamedObs(%3, %1063) : (i64, !llvm.ptr) -> i64
    %1065 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %134) : (!llvm.ptr, i64) -> !llvm.ptr
    %1066 = llvm.load %1065 : !llvm.ptr -> !llvm.ptr
    %1067 = llvm.call @__catalyst__qis__NamedObs(%3, %1066) : (i64, !llvm.ptr) -> i64
    %1068 = llvm.call @__catalyst__qis__TensorObs(%2, %1064, %1067) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1069 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %143) : (!llvm.ptr, i64) -> !llvm.ptr
    %1070 = llvm.load %1069 : !llvm.ptr -> !llvm.ptr
    %1071 = llvm.call @__catalyst__qis__NamedObs(%3, %1070) : (i64, !llvm.ptr) -> i64
    %1072 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %147) : (!llvm.ptr, i64) -> !llvm.ptr
    %1073 = llvm.load %1072 : !llvm.ptr -> !llvm.ptr
    %1074 = llvm.call @__catalyst__qis__NamedObs(%3, %1073) : (i64, !llvm.ptr) -> i64
    %1075 = llvm.call @__catalyst__qis__TensorObs(%2, %1071, %1074) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1076 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %156) : (!llvm.ptr, i64) -> !llvm.ptr
    %1077 = llvm.load %1076 : !llvm.ptr -> !llvm.ptr
    %1078 = llvm.call @__catalyst__qis__NamedObs(%3, %1077) : (i64, !llvm.ptr) -> i64
    %1079 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %160) : (!llvm.ptr, i64) -> !llvm.ptr
    %1080 = llvm.load %1079 : !llvm.ptr -> !llvm.ptr
    %1081 = llvm.call @__catalyst__qis__NamedObs(%3, %1080) : (i64, !llvm.ptr) -> i64
    %1082 = llvm.call @__catalyst__qis__TensorObs(%2, %1078, %1081) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1083 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %169) : (!llvm.ptr, i64) -> !llvm.ptr
    %1084 = llvm.load %1083 : !llvm.ptr -> !llvm.ptr
    %1085 = llvm.call @__catalyst__qis__NamedObs(%3, %1084) : (i64, !llvm.ptr) -> i64
    %1086 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %173) : (!llvm.ptr, i64) -> !llvm.ptr
    %1087 = llvm.load %1086 : !llvm.ptr -> !llvm.ptr
    %1088 = llvm.call @__catalyst__qis__NamedObs(%3, %1087) : (i64, !llvm.ptr) -> i64
    %1089 = llvm.call @__catalyst__qis__TensorObs(%2, %1085, %1088) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1090 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %182) : (!llvm.ptr, i64) -> !llvm.ptr
    %1091 = llvm.load %1090 : !llvm.ptr -> !llvm.ptr
    %1092 = llvm.call @__catalyst__qis__NamedObs(%3, %1091) : (i64, !llvm.ptr) -> i64
    %1093 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %186) : (!llvm.ptr, i64) -> !llvm.ptr
    %1094 = llvm.load %1093 : !llvm.ptr -> !llvm.ptr
    %1095 = llvm.call @__catalyst__qis__NamedObs(%3, %1094) : (i64, !llvm.ptr) -> i64
    %1096 = llvm.call @__catalyst__qis__TensorObs(%2, %1092, %1095) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1097 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %195) : (!llvm.ptr, i64) -> !llvm.ptr
    %1098 = llvm.load %1097 : !llvm.ptr -> !llvm.ptr
    %1099 = llvm.call @__catalyst__qis__NamedObs(%3, %1098) : (i64, !llvm.ptr) -> i64
    %1100 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %199) : (!llvm.ptr, i64) -> !llvm.ptr
    %1101 = llvm.load %1100 : !llvm.ptr -> !llvm.ptr
    %1102 = llvm.call @__catalyst__qis__NamedObs(%3, %1101) : (i64, !llvm.ptr) -> i64
    %1103 = llvm.call @__catalyst__qis__TensorObs(%2, %1099, %1102) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1104 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %208) : (!llvm.ptr, i64) -> !llvm.ptr
    %1105 = llvm.load %1104 : !llvm.ptr -> !llvm.ptr
    %1106 = llvm.call @__catalyst__qis__NamedObs(%3, %1105) : (i64, !llvm.ptr) -> i64
    %1107 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %212) : (!llvm.ptr, i64) -> !llvm.ptr
    %1108 = llvm.load %1107 : !llvm.ptr -> !llvm.ptr
    %1109 = llvm.call @__catalyst__qis__NamedObs(%3, %1108) : (i64, !llvm.ptr) -> i64
    %1110 = llvm.call @__catalyst__qis__TensorObs(%2, %1106, %1109) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1111 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %221) : (!llvm.ptr, i64) -> !llvm.ptr
    %1112 = llvm.load %1111 : !llvm.ptr -> !llvm.ptr
    %1113 = llvm.call @__catalyst__qis__NamedObs(%3, %1112) : (i64, !llvm.ptr) -> i64
    %1114 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %225) : (!llvm.ptr, i64) -> !llvm.ptr
    %1115 = llvm.load %1114 : !llvm.ptr -> !llvm.ptr
    %1116 = llvm.call @__catalyst__qis__NamedObs(%3, %1115) : (i64, !llvm.ptr) -> i64
    %1117 = llvm.call @__catalyst__qis__TensorObs(%2, %1113, %1116) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1118 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %234) : (!llvm.ptr, i64) -> !llvm.ptr
    %1119 = llvm.load %1118 : !llvm.ptr -> !llvm.ptr
    %1120 = llvm.call @__catalyst__qis__NamedObs(%3, %1119) : (i64, !llvm.ptr) -> i64
    %1121 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %238) : (!llvm.ptr, i64) -> !llvm.ptr
    %1122 = llvm.load %1121 : !llvm.ptr -> !llvm.ptr
    %1123 = llvm.call @__catalyst__qis__NamedObs(%3, %1122) : (i64, !llvm.ptr) -> i64
    %1124 = llvm.call @__catalyst__qis__TensorObs(%2, %1120, %1123) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1125 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %247) : (!llvm.ptr, i64) -> !llvm.ptr
    %1126 = llvm.load %1125 : !llvm.ptr -> !llvm.ptr
    %1127 = llvm.call @__catalyst__qis__NamedObs(%3, %1126) : (i64, !llvm.ptr) -> i64
    %1128 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %251) : (!llvm.ptr, i64) -> !llvm.ptr
    %1129 = llvm.load %1128 : !llvm.ptr -> !llvm.ptr
    %1130 = llvm.call @__catalyst__qis__NamedObs(%3, %1129) : (i64, !llvm.ptr) -> i64
    %1131 = llvm.call @__catalyst__qis__TensorObs(%2, %1127, %1130) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1132 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %260) : (!llvm.ptr, i64) -> !llvm.ptr
    %1133 = llvm.load %1132 : !llvm.ptr -> !llvm.ptr
    %1134 = llvm.call @__catalyst__qis__NamedObs(%3, %1133) : (i64, !llvm.ptr) -> i64
    %1135 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %264) : (!llvm.ptr, i64) -> !llvm.ptr
    %1136 = llvm.load %1135 : !llvm.ptr -> !llvm.ptr
    %1137 = llvm.call @__catalyst__qis__NamedObs(%3, %1136) : (i64, !llvm.ptr) -> i64
    %1138 = llvm.call @__catalyst__qis__TensorObs(%2, %1134, %1137) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1139 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %273) : (!llvm.ptr, i64) -> !llvm.ptr
    %1140 = llvm.load %1139 : !llvm.ptr -> !llvm.ptr
    %1141 = llvm.call @__catalyst__qis__NamedObs(%3, %1140) : (i64, !llvm.ptr) -> i64
    %1142 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %277) : (!llvm.ptr, i64) -> !llvm.ptr
    %1143 = llvm.load %1142 : !llvm.ptr -> !llvm.ptr
    %1144 = llvm.call @__catalyst__qis__NamedObs(%3, %1143) : (i64, !llvm.ptr) -> i64
    %1145 = llvm.call @__catalyst__qis__TensorObs(%2, %1141, %1144) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1146 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %286) : (!llvm.ptr, i64) -> !llvm.ptr
    %1147 = llvm.load %1146 : !llvm.ptr -> !llvm.ptr
    %1148 = llvm.call @__catalyst__qis__NamedObs(%3, %1147) : (i64, !llvm.ptr) -> i64
    %1149 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %290) : (!llvm.ptr, i64) -> !llvm.ptr
    %1150 = llvm.load %1149 : !llvm.ptr -> !llvm.ptr
    %1151 = llvm.call @__catalyst__qis__NamedObs(%3, %1150) : (i64, !llvm.ptr) -> i64
    %1152 = llvm.call @__catalyst__qis__TensorObs(%2, %1148, %1151) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1153 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %299) : (!llvm.ptr, i64) -> !llvm.ptr
    %1154 = llvm.load %1153 : !llvm.ptr -> !llvm.ptr
    %1155 = llvm.call @__catalyst__qis__NamedObs(%3, %1154) : (i64, !llvm.ptr) -> i64
    %1156 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %303) : (!llvm.ptr, i64) -> !llvm.ptr
    %1157 = llvm.load %1156 : !llvm.ptr -> !llvm.ptr
    %1158 = llvm.call @__catalyst__qis__NamedObs(%3, %1157) : (i64, !llvm.ptr) -> i64
    %1159 = llvm.call @__catalyst__qis__TensorObs(%2, %1155, %1158) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1160 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %312) : (!llvm.ptr, i64) -> !llvm.ptr
    %1161 = llvm.load %1160 : !llvm.ptr -> !llvm.ptr
    %1162 = llvm.call @__catalyst__qis__NamedObs(%3, %1161) : (i64, !llvm.ptr) -> i64
    %1163 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %316) : (!llvm.ptr, i64) -> !llvm.ptr
    %1164 = llvm.load %1163 : !llvm.ptr -> !llvm.ptr
    %1165 = llvm.call @__catalyst__qis__NamedObs(%3, %1164) : (i64, !llvm.ptr) -> i64
    %1166 = llvm.call @__catalyst__qis__TensorObs(%2, %1162, %1165) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1167 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %325) : (!llvm.ptr, i64) -> !llvm.ptr
    %1168 = llvm.load %1167 : !llvm.ptr -> !llvm.ptr
    %1169 = llvm.call @__catalyst__qis__NamedObs(%3, %1168) : (i64, !llvm.ptr) -> i64
    %1170 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %329) : (!llvm.ptr, i64) -> !llvm.ptr
    %1171 = llvm.load %1170 : !llvm.ptr -> !llvm.ptr
    %1172 = llvm.call @__catalyst__qis__NamedObs(%3, %1171) : (i64, !llvm.ptr) -> i64
    %1173 = llvm.call @__catalyst__qis__TensorObs(%2, %1169, %1172) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1174 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %338) : (!llvm.ptr, i64) -> !llvm.ptr
    %1175 = llvm.load %1174 : !llvm.ptr -> !llvm.ptr
    %1176 = llvm.call @__catalyst__qis__NamedObs(%3, %1175) : (i64, !llvm.ptr) -> i64
    %1177 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %342) : (!llvm.ptr, i64) -> !llvm.ptr
    %1178 = llvm.load %1177 : !llvm.ptr -> !llvm.ptr
    %1179 = llvm.call @__catalyst__qis__NamedObs(%3, %1178) : (i64, !llvm.ptr) -> i64
    %1180 = llvm.call @__catalyst__qis__TensorObs(%2, %1176, %1179) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1181 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %351) : (!llvm.ptr, i64) -> !llvm.ptr
    %1182 = llvm.load %1181 : !llvm.ptr -> !llvm.ptr
    %1183 = llvm.call @__catalyst__qis__NamedObs(%3, %1182) : (i64, !llvm.ptr) -> i64
    %1184 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %355) : (!llvm.ptr, i64) -> !llvm.ptr
    %1185 = llvm.load %1184 : !llvm.ptr -> !llvm.ptr
    %1186 = llvm.call @__catalyst__qis__NamedObs(%3, %1185) : (i64, !llvm.ptr) -> i64
    %1187 = llvm.call @__catalyst__qis__TensorObs(%2, %1183, %1186) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    %1188 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %364) : (!llvm.ptr, i64) -> !llvm.ptr
    %1189 = llvm.load %1188 : !llvm.ptr -> !llvm.ptr
    %1190 = llvm.call @__catalyst__qis__NamedObs(%3, %1189) : (i64, !llvm.ptr) -> i64
    %1191 = llvm.call @__catalyst__rt__array_get_element_ptr_1d(%75, %368) : (!llvm.ptr, i64) -> !llvm.ptr
    %1192 = llvm.load %1191 : !llvm.ptr -> !llvm.ptr
    %1193 = llvm.call @__catalyst__qis__NamedObs(%3, %1192) : (i64, !llvm.ptr) -> i64
    %1194 = llvm.call @__catalyst__qis__TensorObs(%2, %1190, %1193) vararg(!llvm.func<i64 (i64, ...)>) : (i64, i64, i64) -> i64
    llvm.store %25, %23 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %1195 = llvm.call @__catalyst__qis__HamiltonianObs(%23, %1, %1054, %1061, %1068, %1075, %1082, %1089, %1096, %1103, %1110, %1117, %1124, %1131, %1138, %1145, %1152, %1159, %1166, %1173, %1180, %1187, %1194) vararg(!llvm.func<i64 (ptr, i64, ...)>) : (!llvm.ptr, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) -> i64
    %1196 = llvm.call @__catalyst__qis__Expval(%1195) : (i64) -> f64
    %1197 = llvm.getelementptr %13[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %1198 = llvm.ptrtoint %1197 : !llvm.ptr to i64
    %1199 = llvm.add %1198, %0 : i64
    %1200 = llvm.call @_mlir_memref_to_llvm_alloc(%1199) : (i64) -> !llvm.ptr
    %1201 = llvm.ptrtoint %1200 : !llvm.ptr to i64
    %1202 = llvm.sub %0, %20 : i64
    %1203 = llvm.add %1201, %1202 : i64
    %1204 = llvm.urem %1203, %0 : i64
    %1205 = llvm.sub %1203, %1204 : i64
    %1206 = llvm.inttoptr %1205 : i64 to !llvm.ptr
    llvm.store %1196, %1206 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    llvm.call @__catalyst__rt__qubit_release_array(%75) : (!llvm.ptr) -> ()
    llvm.call @__catalyst__rt__device_release() : () -> ()
    %1207 = llvm.load %1206 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %1208 = llvm.extractvalue %28[1] : !llvm.struct<(ptr, ptr, i64)> 
    llvm.store %1207, %1208 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
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
    %48 = llvm.getelementptr inbounds %arg8[20] : (!llvm.ptr) -> !llvm.ptr, f64
    %49 = llvm.load %48 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %50 = llvm.fmul %47, %49 : f64
    %51 = llvm.getelementptr inbounds %arg8[19] : (!llvm.ptr) -> !llvm.ptr, f64
    %52 = llvm.load %51 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %53 = llvm.fmul %47, %52 : f64
    %54 = llvm.getelementptr inbounds %arg8[18] : (!llvm.ptr) -> !llvm.ptr, f64
    %55 = llvm.load %54 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %56 = llvm.fmul %47, %55 : f64
    %57 = llvm.getelementptr inbounds %arg8[17] : (!llvm.ptr) -> !llvm.ptr, f64
    %58 = llvm.load %57 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %59 = llvm.fmul %47, %58 : f64
    %60 = llvm.getelementptr inbounds %arg8[16] : (!llvm.ptr) -> !llvm.ptr, f64
    %61 = llvm.load %60 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %62 = llvm.fmul %47, %61 : f64
    %63 = llvm.getelementptr inbounds %arg8[15] : (!llvm.ptr) -> !llvm.ptr, f64
    %64 = llvm.load %63 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %65 = llvm.fmul %47, %64 : f64
    %66 = llvm.getelementptr inbounds %arg8[14] : (!llvm.ptr) -> !llvm.ptr, f64
    %67 = llvm.load %66 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %68 = llvm.fmul %47, %67 : f64
    %69 = llvm.getelementptr inbounds %arg8[13] : (!llvm.ptr) -> !llvm.ptr, f64
    %70 = llvm.load %69 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %71 = llvm.fmul %47, %70 : f64
    %72 = llvm.getelementptr inbounds %arg8[12] : (!llvm.ptr) -> !llvm.ptr, f64
    %73 = llvm.load %72 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %74 = llvm.fmul %47, %73 : f64
    %75 = llvm.getelementptr inbounds %arg8[11] : (!llvm.ptr) -> !llvm.ptr, f64
    %76 = llvm.load %75 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %77 = llvm.fmul %47, %76 : f64
    %78 = llvm.getelementptr inbounds %arg8[10] : (!llvm.ptr) -> !llvm.ptr, f64
    %79 = llvm.load %78 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %80 = llvm.fmul %47, %79 : f64
    %81 = llvm.getelementptr inbounds %arg8[9] : (!llvm.ptr) -> !llvm.ptr, f64
    %82 = llvm.load %81 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %83 = llvm.fmul %47, %82 : f64
    %84 = llvm.getelementptr inbounds %arg8[8] : (!llvm.ptr) -> !llvm.ptr, f64
    %85 = llvm.load %84 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %86 = llvm.fmul %47, %85 : f64
    %87 = llvm.getelementptr inbounds %arg8[7] : (!llvm.ptr) -> !llvm.ptr, f64
    %88 = llvm.load %87 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %89 = llvm.fmul %47, %88 : f64
    %90 = llvm.getelementptr inbounds %arg8[6] : (!llvm.ptr) -> !llvm.ptr, f64
    %91 = llvm.load %90 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %92 = llvm.fmul %47, %91 : f64
    %93 = llvm.getelementptr inbounds %arg8[5] : (!llvm.ptr) -> !llvm.ptr, f64
    %94 = llvm.load %93 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %95 = llvm.fmul %47, %94 : f64
    %96 = llvm.getelementptr inbounds %arg8[4] : (!llvm.ptr) -> !llvm.ptr, f64
    %97 = llvm.load %96 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %98 = llvm.fmul %47, %97 : f64
    %99 = llvm.getelementptr inbounds %arg8[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %100 = llvm.load %99 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %101 = llvm.fmul %47, %100 : f64
    %102 = llvm.getelementptr inbounds %arg8[2] : (!llvm.ptr) -> !llvm.ptr, f64
    %103 = llvm.load %102 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %104 = llvm.fmul %47, %103 : f64
    %105 = llvm.getelementptr inbounds %arg8[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %106 = llvm.load %105 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %107 = llvm.fmul %47, %106 : f64
    %108 = llvm.load %arg8 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %109 = llvm.fmul %47, %108 : f64
    %110 = llvm.getelementptr inbounds %arg1[4] : (!llvm.ptr) -> !llvm.ptr, f64
    %111 = llvm.load %110 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %112 = llvm.fmul %111, %3 : f64
    %113 = llvm.getelementptr inbounds %arg1[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %114 = llvm.load %113 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %115 = llvm.fmul %114, %3 : f64
    %116 = llvm.fmul %115, %49 : f64
    %117 = llvm.fmul %115, %52 : f64
    %118 = llvm.fmul %115, %55 : f64
    %119 = llvm.fmul %115, %58 : f64
    %120 = llvm.fmul %115, %61 : f64
    %121 = llvm.fmul %115, %64 : f64
    %122 = llvm.fmul %115, %67 : f64
    %123 = llvm.fmul %115, %70 : f64
    %124 = llvm.fmul %115, %73 : f64
    %125 = llvm.fmul %115, %76 : f64
    %126 = llvm.fmul %115, %79 : f64
    %127 = llvm.fmul %115, %82 : f64
    %128 = llvm.fmul %115, %85 : f64
    %129 = llvm.fmul %115, %88 : f64
    %130 = llvm.fmul %115, %91 : f64
    %131 = llvm.fmul %115, %94 : f64
    %132 = llvm.fmul %115, %97 : f64
    %133 = llvm.fmul %115, %100 : f64
    %134 = llvm.fmul %115, %103 : f64
    %135 = llvm.fmul %115, %106 : f64
    %136 = llvm.fmul %115, %108 : f64
    %137 = llvm.getelementptr inbounds %arg1[3] : (!llvm.ptr) -> !llvm.ptr, f64
    %138 = llvm.load %137 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %139 = llvm.fmul %138, %3 : f64
    %140 = llvm.load %arg1 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    %141 = llvm.fmul %140, %3 : f64
    %142 = llvm.fmul %141, %49 : f64
    %143 = llvm.fmul %141, %52 : f64
    %144 = llvm.fmul %141, %55 : f64
    %145 = llvm.fmul %141, %58 : f64
    %146 = llvm.fmul %141, %61 : f64
    %147 = llvm.fmul %141, %64 : f64
    %148 = llvm.fmul %141, %67 : f64
    %149 = llvm.fmul %141, %70 : f64
    %150 = llvm.fmul %141, %73 : f64
    %151 = llvm.fmul %141, %76 : f64
    %152 = llvm.fmul %141, %79 : f64
    %153 = llvm.fmul %141, %82 : f64
    %154 = llvm.fmul %141, %85 : f64
    %155 = llvm.fmul %141, %88 : f64
    %156 = llvm.fmul %141, %91 : f64
    %157 = llvm.fmul %141, %94 : f64
    %158 = llvm.fmul %141, %97 : f64
    %159 = llvm.fmul %141, %100 : f64
    %160 = llvm.fmul %141, %103 : f64
    %161 = llvm.fmul %141, %106 : f64
    %162 = llvm.fmul %141, %108 : f64
    %163 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %164 = llvm.getelementptr inbounds %35[%163] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %162, %164 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %165 = llvm.add %163, %4 : i64
    llvm.store %165, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %166 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %167 = llvm.getelementptr inbounds %35[%166] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %161, %167 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %168 = llvm.add %166, %4 : i64
    llvm.store %168, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %169 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %170 = llvm.getelementptr inbounds %35[%169] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %160, %170 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %171 = llvm.add %169, %4 : i64
    llvm.store %171, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %172 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %173 = llvm.getelementptr inbounds %35[%172] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %159, %173 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %174 = llvm.add %172, %4 : i64
    llvm.store %174, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %175 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %176 = llvm.getelementptr inbounds %35[%175] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %158, %176 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %177 = llvm.add %175, %4 : i64
    llvm.store %177, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %178 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %179 = llvm.getelementptr inbounds %35[%178] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %157, %179 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %180 = llvm.add %178, %4 : i64
    llvm.store %180, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %181 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %182 = llvm.getelementptr inbounds %35[%181] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %156, %182 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %183 = llvm.add %181, %4 : i64
    llvm.store %183, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %184 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %185 = llvm.getelementptr inbounds %35[%184] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %155, %185 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %186 = llvm.add %184, %4 : i64
    llvm.store %186, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %187 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %188 = llvm.getelementptr inbounds %35[%187] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %154, %188 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %189 = llvm.add %187, %4 : i64
    llvm.store %189, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %190 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %191 = llvm.getelementptr inbounds %35[%190] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %153, %191 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %192 = llvm.add %190, %4 : i64
    llvm.store %192, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %193 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %194 = llvm.getelementptr inbounds %35[%193] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %152, %194 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %195 = llvm.add %193, %4 : i64
    llvm.store %195, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %196 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %197 = llvm.getelementptr inbounds %35[%196] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %151, %197 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %198 = llvm.add %196, %4 : i64
    llvm.store %198, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %199 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %200 = llvm.getelementptr inbounds %35[%199] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %150, %200 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %201 = llvm.add %199, %4 : i64
    llvm.store %201, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %202 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %203 = llvm.getelementptr inbounds %35[%202] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %149, %203 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %204 = llvm.add %202, %4 : i64
    llvm.store %204, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %205 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %206 = llvm.getelementptr inbounds %35[%205] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %148, %206 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %207 = llvm.add %205, %4 : i64
    llvm.store %207, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %208 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %209 = llvm.getelementptr inbounds %35[%208] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %147, %209 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %210 = llvm.add %208, %4 : i64
    llvm.store %210, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %211 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %212 = llvm.getelementptr inbounds %35[%211] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %146, %212 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %213 = llvm.add %211, %4 : i64
    llvm.store %213, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %214 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %215 = llvm.getelementptr inbounds %35[%214] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %145, %215 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %216 = llvm.add %214, %4 : i64
    llvm.store %216, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %217 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %218 = llvm.getelementptr inbounds %35[%217] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %144, %218 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %219 = llvm.add %217, %4 : i64
    llvm.store %219, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %220 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %221 = llvm.getelementptr inbounds %35[%220] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %143, %221 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %222 = llvm.add %220, %4 : i64
    llvm.store %222, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %223 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %224 = llvm.getelementptr inbounds %35[%223] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %142, %224 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %225 = llvm.add %223, %4 : i64
    llvm.store %225, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %226 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %227 = llvm.getelementptr inbounds %35[%226] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %227 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %228 = llvm.add %226, %4 : i64
    llvm.store %228, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %229 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %230 = llvm.getelementptr inbounds %35[%229] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %230 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %231 = llvm.add %229, %4 : i64
    llvm.store %231, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %232 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %233 = llvm.getelementptr inbounds %35[%232] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %233 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %234 = llvm.add %232, %4 : i64
    llvm.store %234, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %235 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %236 = llvm.getelementptr inbounds %35[%235] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %236 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %237 = llvm.add %235, %4 : i64
    llvm.store %237, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %238 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %239 = llvm.getelementptr inbounds %35[%238] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %239 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %240 = llvm.add %238, %4 : i64
    llvm.store %240, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %241 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %242 = llvm.getelementptr inbounds %35[%241] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %242 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %243 = llvm.add %241, %4 : i64
    llvm.store %243, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %244 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %245 = llvm.getelementptr inbounds %35[%244] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %245 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %246 = llvm.add %244, %4 : i64
    llvm.store %246, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %247 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %248 = llvm.getelementptr inbounds %35[%247] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %248 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %249 = llvm.add %247, %4 : i64
    llvm.store %249, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %250 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %251 = llvm.getelementptr inbounds %35[%250] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %251 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %252 = llvm.add %250, %4 : i64
    llvm.store %252, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %253 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %254 = llvm.getelementptr inbounds %35[%253] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %254 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %255 = llvm.add %253, %4 : i64
    llvm.store %255, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %256 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %257 = llvm.getelementptr inbounds %35[%256] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %257 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %258 = llvm.add %256, %4 : i64
    llvm.store %258, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %259 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %260 = llvm.getelementptr inbounds %35[%259] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %260 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %261 = llvm.add %259, %4 : i64
    llvm.store %261, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %262 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %263 = llvm.getelementptr inbounds %35[%262] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %263 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %264 = llvm.add %262, %4 : i64
    llvm.store %264, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %265 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %266 = llvm.getelementptr inbounds %35[%265] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %139, %266 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %267 = llvm.add %265, %4 : i64
    llvm.store %267, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %268 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %269 = llvm.getelementptr inbounds %35[%268] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %136, %269 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %270 = llvm.add %268, %4 : i64
    llvm.store %270, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %271 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %272 = llvm.getelementptr inbounds %35[%271] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %135, %272 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %273 = llvm.add %271, %4 : i64
    llvm.store %273, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %274 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %275 = llvm.getelementptr inbounds %35[%274] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %134, %275 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %276 = llvm.add %274, %4 : i64
    llvm.store %276, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %277 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %278 = llvm.getelementptr inbounds %35[%277] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %133, %278 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %279 = llvm.add %277, %4 : i64
    llvm.store %279, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %280 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %281 = llvm.getelementptr inbounds %35[%280] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %132, %281 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %282 = llvm.add %280, %4 : i64
    llvm.store %282, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %283 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %284 = llvm.getelementptr inbounds %35[%283] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %131, %284 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %285 = llvm.add %283, %4 : i64
    llvm.store %285, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %286 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %287 = llvm.getelementptr inbounds %35[%286] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %130, %287 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %288 = llvm.add %286, %4 : i64
    llvm.store %288, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %289 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %290 = llvm.getelementptr inbounds %35[%289] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %129, %290 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %291 = llvm.add %289, %4 : i64
    llvm.store %291, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %292 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %293 = llvm.getelementptr inbounds %35[%292] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %128, %293 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %294 = llvm.add %292, %4 : i64
    llvm.store %294, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %295 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %296 = llvm.getelementptr inbounds %35[%295] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %127, %296 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %297 = llvm.add %295, %4 : i64
    llvm.store %297, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %298 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %299 = llvm.getelementptr inbounds %35[%298] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %126, %299 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %300 = llvm.add %298, %4 : i64
    llvm.store %300, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %301 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %302 = llvm.getelementptr inbounds %35[%301] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %125, %302 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %303 = llvm.add %301, %4 : i64
    llvm.store %303, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %304 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %305 = llvm.getelementptr inbounds %35[%304] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %124, %305 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %306 = llvm.add %304, %4 : i64
    llvm.store %306, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %307 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %308 = llvm.getelementptr inbounds %35[%307] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %123, %308 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %309 = llvm.add %307, %4 : i64
    llvm.store %309, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %310 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %311 = llvm.getelementptr inbounds %35[%310] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %122, %311 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %312 = llvm.add %310, %4 : i64
    llvm.store %312, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %313 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %314 = llvm.getelementptr inbounds %35[%313] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %121, %314 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %315 = llvm.add %313, %4 : i64
    llvm.store %315, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %316 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %317 = llvm.getelementptr inbounds %35[%316] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %120, %317 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %318 = llvm.add %316, %4 : i64
    llvm.store %318, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %319 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %320 = llvm.getelementptr inbounds %35[%319] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %119, %320 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %321 = llvm.add %319, %4 : i64
    llvm.store %321, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %322 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %323 = llvm.getelementptr inbounds %35[%322] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %118, %323 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %324 = llvm.add %322, %4 : i64
    llvm.store %324, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %325 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %326 = llvm.getelementptr inbounds %35[%325] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %117, %326 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %327 = llvm.add %325, %4 : i64
    llvm.store %327, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %328 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %329 = llvm.getelementptr inbounds %35[%328] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %116, %329 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %330 = llvm.add %328, %4 : i64
    llvm.store %330, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %331 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %332 = llvm.getelementptr inbounds %35[%331] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %332 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %333 = llvm.add %331, %4 : i64
    llvm.store %333, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %334 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %335 = llvm.getelementptr inbounds %35[%334] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %335 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %336 = llvm.add %334, %4 : i64
    llvm.store %336, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %337 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %338 = llvm.getelementptr inbounds %35[%337] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %338 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %339 = llvm.add %337, %4 : i64
    llvm.store %339, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %340 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %341 = llvm.getelementptr inbounds %35[%340] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %341 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %342 = llvm.add %340, %4 : i64
    llvm.store %342, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %343 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %344 = llvm.getelementptr inbounds %35[%343] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %344 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %345 = llvm.add %343, %4 : i64
    llvm.store %345, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %346 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %347 = llvm.getelementptr inbounds %35[%346] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %347 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %348 = llvm.add %346, %4 : i64
    llvm.store %348, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %349 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %350 = llvm.getelementptr inbounds %35[%349] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %350 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %351 = llvm.add %349, %4 : i64
    llvm.store %351, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %352 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %353 = llvm.getelementptr inbounds %35[%352] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %353 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %354 = llvm.add %352, %4 : i64
    llvm.store %354, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %355 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %356 = llvm.getelementptr inbounds %35[%355] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %356 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %357 = llvm.add %355, %4 : i64
    llvm.store %357, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %358 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %359 = llvm.getelementptr inbounds %35[%358] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %359 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %360 = llvm.add %358, %4 : i64
    llvm.store %360, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %361 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %362 = llvm.getelementptr inbounds %35[%361] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %362 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %363 = llvm.add %361, %4 : i64
    llvm.store %363, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %364 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %365 = llvm.getelementptr inbounds %35[%364] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %365 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %366 = llvm.add %364, %4 : i64
    llvm.store %366, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %367 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %368 = llvm.getelementptr inbounds %35[%367] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %368 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %369 = llvm.add %367, %4 : i64
    llvm.store %369, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %370 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %371 = llvm.getelementptr inbounds %35[%370] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %112, %371 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %372 = llvm.add %370, %4 : i64
    llvm.store %372, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %373 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %374 = llvm.getelementptr inbounds %35[%373] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %109, %374 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %375 = llvm.add %373, %4 : i64
    llvm.store %375, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %376 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %377 = llvm.getelementptr inbounds %35[%376] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %107, %377 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %378 = llvm.add %376, %4 : i64
    llvm.store %378, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %379 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %380 = llvm.getelementptr inbounds %35[%379] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %104, %380 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %381 = llvm.add %379, %4 : i64
    llvm.store %381, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %382 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %383 = llvm.getelementptr inbounds %35[%382] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %101, %383 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %384 = llvm.add %382, %4 : i64
    llvm.store %384, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %385 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %386 = llvm.getelementptr inbounds %35[%385] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %98, %386 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %387 = llvm.add %385, %4 : i64
    llvm.store %387, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %388 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %389 = llvm.getelementptr inbounds %35[%388] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %95, %389 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %390 = llvm.add %388, %4 : i64
    llvm.store %390, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %391 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %392 = llvm.getelementptr inbounds %35[%391] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %92, %392 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %393 = llvm.add %391, %4 : i64
    llvm.store %393, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %394 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %395 = llvm.getelementptr inbounds %35[%394] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %89, %395 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %396 = llvm.add %394, %4 : i64
    llvm.store %396, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %397 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %398 = llvm.getelementptr inbounds %35[%397] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %86, %398 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %399 = llvm.add %397, %4 : i64
    llvm.store %399, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %400 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %401 = llvm.getelementptr inbounds %35[%400] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %83, %401 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %402 = llvm.add %400, %4 : i64
    llvm.store %402, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %403 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %404 = llvm.getelementptr inbounds %35[%403] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %80, %404 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %405 = llvm.add %403, %4 : i64
    llvm.store %405, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %406 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %407 = llvm.getelementptr inbounds %35[%406] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %77, %407 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %408 = llvm.add %406, %4 : i64
    llvm.store %408, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %409 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %410 = llvm.getelementptr inbounds %35[%409] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %74, %410 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %411 = llvm.add %409, %4 : i64
    llvm.store %411, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %412 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %413 = llvm.getelementptr inbounds %35[%412] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %71, %413 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %414 = llvm.add %412, %4 : i64
    llvm.store %414, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %415 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %416 = llvm.getelementptr inbounds %35[%415] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %68, %416 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %417 = llvm.add %415, %4 : i64
    llvm.store %417, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %418 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %419 = llvm.getelementptr inbounds %35[%418] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %65, %419 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %420 = llvm.add %418, %4 : i64
    llvm.store %420, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %421 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %422 = llvm.getelementptr inbounds %35[%421] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %62, %422 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %423 = llvm.add %421, %4 : i64
    llvm.store %423, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %424 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %425 = llvm.getelementptr inbounds %35[%424] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %59, %425 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %426 = llvm.add %424, %4 : i64
    llvm.store %426, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %427 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %428 = llvm.getelementptr inbounds %35[%427] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %56, %428 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %429 = llvm.add %427, %4 : i64
    llvm.store %429, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %430 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %431 = llvm.getelementptr inbounds %35[%430] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %53, %431 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %432 = llvm.add %430, %4 : i64
    llvm.store %432, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %433 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %434 = llvm.getelementptr inbounds %35[%433] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %50, %434 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %435 = llvm.add %433, %4 : i64
    llvm.store %435, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %436 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %437 = llvm.getelementptr inbounds %35[%436] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %437 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %438 = llvm.add %436, %4 : i64
    llvm.store %438, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %439 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %440 = llvm.getelementptr inbounds %35[%439] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %440 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %441 = llvm.add %439, %4 : i64
    llvm.store %441, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %442 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %443 = llvm.getelementptr inbounds %35[%442] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %443 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %444 = llvm.add %442, %4 : i64
    llvm.store %444, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %445 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %446 = llvm.getelementptr inbounds %35[%445] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %446 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %447 = llvm.add %445, %4 : i64
    llvm.store %447, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %448 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %449 = llvm.getelementptr inbounds %35[%448] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %449 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %450 = llvm.add %448, %4 : i64
    llvm.store %450, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %451 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %452 = llvm.getelementptr inbounds %35[%451] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %452 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %453 = llvm.add %451, %4 : i64
    llvm.store %453, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %454 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %455 = llvm.getelementptr inbounds %35[%454] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %455 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %456 = llvm.add %454, %4 : i64
    llvm.store %456, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %457 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %458 = llvm.getelementptr inbounds %35[%457] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %458 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %459 = llvm.add %457, %4 : i64
    llvm.store %459, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %460 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %461 = llvm.getelementptr inbounds %35[%460] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %461 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %462 = llvm.add %460, %4 : i64
    llvm.store %462, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %463 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %464 = llvm.getelementptr inbounds %35[%463] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %464 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %465 = llvm.add %463, %4 : i64
    llvm.store %465, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %466 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %467 = llvm.getelementptr inbounds %35[%466] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %467 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %468 = llvm.add %466, %4 : i64
    llvm.store %468, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %469 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %470 = llvm.getelementptr inbounds %35[%469] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %470 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %471 = llvm.add %469, %4 : i64
    llvm.store %471, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %472 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %473 = llvm.getelementptr inbounds %35[%472] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %473 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %474 = llvm.add %472, %4 : i64
    llvm.store %474, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    %475 = llvm.load %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> i64
    %476 = llvm.getelementptr inbounds %35[%475] : (!llvm.ptr, i64) -> !llvm.ptr, f64
    llvm.store %44, %476 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
    %477 = llvm.add %475, %4 : i64
    llvm.store %477, %41 {tbaa = [#llvm.tbaa_tag<base_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "int", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : i64, !llvm.ptr
    llvm.store %27, %32 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr
    llvm.store %20, %31 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    llvm.store %15, %30 : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>, !llvm.ptr
    llvm.store %40, %29 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>, !llvm.ptr
    %478 = llvm.getelementptr %1[1] : (!llvm.ptr) -> !llvm.ptr, f64
    %479 = llvm.ptrtoint %478 : !llvm.ptr to i64
    %480 = llvm.call @_mlir_memref_to_llvm_alloc(%479) : (i64) -> !llvm.ptr
    %481 = llvm.insertvalue %480, %8[0] : !llvm.struct<(ptr, ptr, i64)> 
    %482 = llvm.insertvalue %480, %481[1] : !llvm.struct<(ptr, ptr, i64)> 
    %483 = llvm.insertvalue %0, %482[2] : !llvm.struct<(ptr, ptr, i64)> 
    llvm.store %483, %28 : !llvm.struct<(ptr, ptr, i64)>, !llvm.ptr
    llvm.call @energy_0.quantum(%32, %31, %30, %29, %28) : (!llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr, !llvm.ptr) -> ()
    %484 = llvm.load %480 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : !llvm.ptr -> f64
    llvm.store %484, %arg21 {tbaa = [#llvm.tbaa_tag<base_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, access_type = <id = "double", members = {<#llvm.tbaa_root<id = "Catalyst TBAA">, 0>}>, offset = 0>]} : f64, !llvm.ptr
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