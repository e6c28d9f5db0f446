module @seg {
  func.func public @jit_seg(%arg0: tensor<2x3xf64>, %arg1: tensor<4xf64>, %arg2: tensor<4x2xi64>, %arg3: tensor<i64>) -> tensor<2x3xf64> attributes {llvm.emit_c_interface} {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant dense<5.000000e-02> : tensor<f64>
    %c1_i64 = arith.constant 1 : i64
    %extracted = tensor.extract %arg3[] : tensor<i64>
    %0:2 = scf.while (%arg4 = %c0_i64, %arg5 = %arg0) : (i64, tensor<2x3xf64>) -> (i64, tensor<2x3xf64>) {
      %1 = arith.cmpi slt, %arg4, %extracted : i64
      scf.condition(%1) %arg4, %arg5 : i64, tensor<2x3xf64>
    } do {
    ^bb0(%arg4: i64, %arg5: tensor<2x3xf64>):
      %vals, %gradients = gradient.value_and_grad "auto" @energy_0(%arg5, %arg1, %arg2) {diffArgIndices = dense<0> : tensor<1xi64>, resultSegmentSizes = array<i32: 1, 1>} : (tensor<2x3xf64>, tensor<4xf64>, tensor<4x2xi64>) -> (tensor<f64>, tensor<2x3xf64>)
      %1 = arith.addi %arg4, %c1_i64 : i64
      %2 = tensor.empty() : tensor<2x3xf64>
      %3 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%cst : tensor<f64>) outs(%2 : tensor<2x3xf64>) {
      ^bb0(%in: f64, %out: f64):
        linalg.yield %in : f64
      } -> tensor<2x3xf64>
      %4 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%3, %gradients : tensor<2x3xf64>, tensor<2x3xf64>) outs(%2 : tensor<2x3xf64>) {
      ^bb0(%in: f64, %in_0: f64, %out: f64):
        %6 = arith.mulf %in, %in_0 : f64
        linalg.yield %6 : f64
      } -> tensor<2x3xf64>
      %5 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg5, %4 : tensor<2x3xf64>, tensor<2x3xf64>) outs(%2 : tensor<2x3xf64>) {
      ^bb0(%in: f64, %in_0: f64, %out: f64):
        %6 = arith.subf %in, %in_0 : f64
        linalg.yield %6 : f64
      } -> tensor<2x3xf64>
      scf.yield %1, %5 : i64, tensor<2x3xf64>
    }
    return %0#1 : tensor<2x3xf64>
  }
  func.func public @energy_0(%arg0: tensor<2x3xf64>, %arg1: tensor<4xf64>, %arg2: tensor<4x2xi64>) -> tensor<f64> attributes {diff_method = "adjoint", llvm.linkage = #llvm.linkage<internal>, qnode} {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 2.000000e+00 : f64
    %extracted_slice = tensor.extract_slice %arg2[0, 0] [1, 1] [1, 1] : tensor<4x2xi64> to tensor<1x1xi64>
    %collapsed = tensor.collapse_shape %extracted_slice [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_0 = tensor.extract_slice %arg2[0, 1] [1, 1] [1, 1] : tensor<4x2xi64> to tensor<1x1xi64>
    %collapsed_1 = tensor.collapse_shape %extracted_slice_0 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_2 = tensor.extract_slice %arg2[1, 0] [1, 1] [1, 1] : tensor<4x2xi64> to tensor<1x1xi64>
    %collapsed_3 = tensor.collapse_shape %extracted_slice_2 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_4 = tensor.extract_slice %arg2[1, 1] [1, 1] [1, 1] : tensor<4x2xi64> to tensor<1x1xi64>
    %collapsed_5 = tensor.collapse_shape %extracted_slice_4 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_6 = tensor.extract_slice %arg2[2, 0] [1, 1] [1, 1] : tensor<4x2xi64> to tensor<1x1xi64>
    %collapsed_7 = tensor.collapse_shape %extracted_slice_6 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_8 = tensor.extract_slice %arg2[2, 1] [1, 1] [1, 1] : tensor<4x2xi64> to tensor<1x1xi64>
    %collapsed_9 = tensor.collapse_shape %extracted_slice_8 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_10 = tensor.extract_slice %arg2[3, 0] [1, 1] [1, 1] : tensor<4x2xi64> to tensor<1x1xi64>
    %collapsed_11 = tensor.collapse_shape %extracted_slice_10 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_12 = tensor.extract_slice %arg2[3, 1] [1, 1] [1, 1] : tensor<4x2xi64> to tensor<1x1xi64>
    %collapsed_13 = tensor.collapse_shape %extracted_slice_12 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_14 = tensor.extract_slice %arg0[1, 2] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_15 = tensor.collapse_shape %extracted_slice_14 [] : tensor<1x1xf64> into tensor<f64>
    %extracted = tensor.extract %collapsed_15[] : tensor<f64>
    %0 = arith.mulf %extracted, %cst : f64
    %extracted_slice_16 = tensor.extract_slice %arg0[0, 2] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_17 = tensor.collapse_shape %extracted_slice_16 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_18 = tensor.extract %collapsed_17[] : tensor<f64>
    %1 = arith.mulf %extracted_18, %cst : f64
    %extracted_slice_19 = tensor.extract_slice %arg1[3] [1] [1] : tensor<4xf64> to tensor<1xf64>
    %collapsed_20 = tensor.collapse_shape %extracted_slice_19 [] : tensor<1xf64> into tensor<f64>
    %extracted_21 = tensor.extract %collapsed_20[] : tensor<f64>
    %2 = arith.mulf %1, %extracted_21 : f64
    %extracted_slice_22 = tensor.extract_slice %arg1[2] [1] [1] : tensor<4xf64> to tensor<1xf64>
    %collapsed_23 = tensor.collapse_shape %extracted_slice_22 [] : tensor<1xf64> into tensor<f64>
    %extracted_24 = tensor.extract %collapsed_23[] : tensor<f64>
    %3 = arith.mulf %1, %extracted_24 : f64
    %extracted_slice_25 = tensor.extract_slice %arg1[1] [1] [1] : tensor<4xf64> to tensor<1xf64>
    %collapsed_26 = tensor.collapse_shape %extracted_slice_25 [] : tensor<1xf64> into tensor<f64>
    %extracted_27 = tensor.extract %collapsed_26[] : tensor<f64>
    %4 = arith.mulf %1, %extracted_27 : f64
    %extracted_slice_28 = tensor.extract_slice %arg1[0] [1] [1] : tensor<4xf64> to tensor<1xf64>
    %collapsed_29 = tensor.collapse_shape %extracted_slice_28 [] : tensor<1xf64> into tensor<f64>
    %extracted_30 = tensor.extract %collapsed_29[] : tensor<f64>
    %5 = arith.mulf %1, %extracted_30 : f64
    %extracted_slice_31 = tensor.extract_slice %arg0[1, 1] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_32 = tensor.collapse_shape %extracted_slice_31 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_33 = tensor.extract %collapsed_32[] : tensor<f64>
    %6 = arith.mulf %extracted_33, %cst : f64
    %extracted_slice_34 = tensor.extract_slice %arg0[0, 1] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_35 = tensor.collapse_shape %extracted_slice_34 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_36 = tensor.extract %collapsed_35[] : tensor<f64>
    %7 = arith.mulf %extracted_36, %cst : f64
    %8 = arith.mulf %7, %extracted_21 : f64
    %9 = arith.mulf %7, %extracted_24 : f64
    %10 = arith.mulf %7, %extracted_27 : f64
    %11 = arith.mulf %7, %extracted_30 : f64
    %extracted_slice_37 = tensor.extract_slice %arg0[1, 0] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_38 = tensor.collapse_shape %extracted_slice_37 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_39 = tensor.extract %collapsed_38[] : tensor<f64>
    %12 = arith.mulf %extracted_39, %cst : f64
    %extracted_slice_40 = tensor.extract_slice %arg0[0, 0] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_41 = tensor.collapse_shape %extracted_slice_40 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_42 = tensor.extract %collapsed_41[] : tensor<f64>
    %13 = arith.mulf %extracted_42, %cst : f64
    %14 = arith.mulf %13, %extracted_21 : f64
    %15 = arith.mulf %13, %extracted_24 : f64
    %16 = arith.mulf %13, %extracted_27 : f64
    %17 = arith.mulf %13, %extracted_30 : f64
    quantum.device shots(%c0_i64) ["/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", "LightningSimulator", "{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}"]
    %18 = quantum.alloc( 4) : !quantum.reg
    %19 = quantum.extract %18[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits = quantum.custom "Hadamard"() %19 : !quantum.bit
    %20 = quantum.extract %18[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_43 = quantum.custom "Hadamard"() %20 : !quantum.bit
    %21 = quantum.extract %18[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_44 = quantum.custom "Hadamard"() %21 : !quantum.bit
    %22 = quantum.extract %18[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_45 = quantum.custom "Hadamard"() %22 : !quantum.bit
    %23 = quantum.insert %18[ 0], %out_qubits_45 : !quantum.reg, !quantum.bit
    %24 = quantum.insert %23[ 1], %out_qubits_44 : !quantum.reg, !quantum.bit
    %25 = quantum.insert %24[ 2], %out_qubits_43 : !quantum.reg, !quantum.bit
    %26 = quantum.insert %25[ 3], %out_qubits : !quantum.reg, !quantum.bit
    %extracted_46 = tensor.extract %collapsed[] : tensor<i64>
    %27 = quantum.extract %26[%extracted_46] : !quantum.reg -> !quantum.bit
    %extracted_47 = tensor.extract %collapsed_1[] : tensor<i64>
    %28 = quantum.extract %26[%extracted_47] : !quantum.reg -> !quantum.bit
    %out_qubits_48:2 = quantum.multirz(%17) %27, %28 : !quantum.bit, !quantum.bit
    %29 = quantum.insert %26[%extracted_46], %out_qubits_48#0 : !quantum.reg, !quantum.bit
    %30 = quantum.insert %29[%extracted_47], %out_qubits_48#1 : !quantum.reg, !quantum.bit
    %extracted_49 = tensor.extract %collapsed_3[] : tensor<i64>
    %31 = quantum.extract %30[%extracted_49] : !quantum.reg -> !quantum.bit
    %extracted_50 = tensor.extract %collapsed_5[] : tensor<i64>
    %32 = quantum.extract %30[%extracted_50] : !quantum.reg -> !quantum.bit
    %out_qubits_51:2 = quantum.multirz(%16) %31, %32 : !quantum.bit, !quantum.bit
    %33 = quantum.insert %30[%extracted_49], %out_qubits_51#0 : !quantum.reg, !quantum.bit
    %34 = quantum.insert %33[%extracted_50], %out_qubits_51#1 : !quantum.reg, !quantum.bit
    %extracted_52 = tensor.extract %collapsed_7[] : tensor<i64>
    %35 = quantum.extract %34[%extracted_52] : !quantum.reg -> !quantum.bit
    %extracted_53 = tensor.extract %collapsed_9[] : tensor<i64>
    %36 = quantum.extract %34[%extracted_53] : !quantum.reg -> !quantum.bit
    %out_qubits_54:2 = quantum.multirz(%15) %35, %36 : !quantum.bit, !quantum.bit
    %37 = quantum.insert %34[%extracted_52], %out_qubits_54#0 : !quantum.reg, !quantum.bit
    %38 = quantum.insert %37[%extracted_53], %out_qubits_54#1 : !quantum.reg, !quantum.bit
    %extracted_55 = tensor.extract %collapsed_11[] : tensor<i64>
    %39 = quantum.extract %38[%extracted_55] : !quantum.reg -> !quantum.bit
    %extracted_56 = tensor.extract %collapsed_13[] : tensor<i64>
    %40 = quantum.extract %38[%extracted_56] : !quantum.reg -> !quantum.bit
    %out_qubits_57:2 = quantum.multirz(%14) %39, %40 : !quantum.bit, !quantum.bit
    %41 = quantum.insert %38[%extracted_55], %out_qubits_57#0 : !quantum.reg, !quantum.bit
    %42 = quantum.insert %41[%extracted_56], %out_qubits_57#1 : !quantum.reg, !quantum.bit
    %43 = quantum.extract %42[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_58 = quantum.custom "RX"(%12) %43 : !quantum.bit
    %44 = quantum.extract %42[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_59 = quantum.custom "RX"(%12) %44 : !quantum.bit
    %45 = quantum.extract %42[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_60 = quantum.custom "RX"(%12) %45 : !quantum.bit
    %46 = quantum.extract %42[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_61 = quantum.custom "RX"(%12) %46 : !quantum.bit
    %47 = quantum.insert %42[ 0], %out_qubits_61 : !quantum.reg, !quantum.bit
    %48 = quantum.insert %47[ 1], %out_qubits_60 : !quantum.reg, !quantum.bit
    %49 = quantum.insert %48[ 2], %out_qubits_59 : !quantum.reg, !quantum.bit
    %50 = quantum.insert %49[ 3], %out_qubits_58 : !quantum.reg, !quantum.bit
    %51 = quantum.extract %50[%extracted_46] : !quantum.reg -> !quantum.bit
    %52 = quantum.extract %50[%extracted_47] : !quantum.reg -> !quantum.bit
    %out_qubits_62:2 = quantum.multirz(%11) %51, %52 : !quantum.bit, !quantum.bit
    %53 = quantum.insert %50[%extracted_46], %out_qubits_62#0 : !quantum.reg, !quantum.bit
    %54 = quantum.insert %53[%extracted_47], %out_qubits_62#1 : !quantum.reg, !quantum.bit
    %55 = quantum.extract %54[%extracted_49] : !quantum.reg -> !quantum.bit
    %56 = quantum.extract %54[%extracted_50] : !quantum.reg -> !quantum.bit
    %out_qubits_63:2 = quantum.multirz(%10) %55, %56 : !quantum.bit, !quantum.bit
    %57 = quantum.insert %54[%extracted_49], %out_qubits_63#0 : !quantum.reg, !quantum.bit
    %58 = quantum.insert %57[%extracted_50], %out_qubits_63#1 : !quantum.reg, !quantum.bit
    %59 = quantum.extract %58[%extracted_52] : !quantum.reg -> !quantum.bit
    %60 = quantum.extract %58[%extracted_53] : !quantum.reg -> !quantum.bit
    %out_qubits_64:2 = quantum.multirz(%9) %59, %60 : !quantum.bit, !quantum.bit
    %61 = quantum.insert %58[%extracted_52], %out_qubits_64#0 : !quantum.reg, !quantum.bit
    %62 = quantum.insert %61[%extracted_53], %out_qubits_64#1 : !quantum.reg, !quantum.bit
    %63 = quantum.extract %62[%extracted_55] : !quantum.reg -> !quantum.bit
    %64 = quantum.extract %62[%extracted_56] : !quantum.reg -> !quantum.bit
    %out_qubits_65:2 = quantum.multirz(%8) %63, %64 : !quantum.bit, !quantum.bit
    %65 = quantum.insert %62[%extracted_55], %out_qubits_65#0 : !quantum.reg, !quantum.bit
    %66 = quantum.insert %65[%extracted_56], %out_qubits_65#1 : !quantum.reg, !quantum.bit
    %67 = quantum.extract %66[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_66 = quantum.custom "RX"(%6) %67 : !quantum.bit
    %68 = quantum.extract %66[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_67 = quantum.custom "RX"(%6) %68 : !quantum.bit
    %69 = quantum.extract %66[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_68 = quantum.custom "RX"(%6) %69 : !quantum.bit
    %70 = quantum.extract %66[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_69 = quantum.custom "RX"(%6) %70 : !quantum.bit
    %71 = quantum.insert %66[ 0], %out_qubits_69 : !quantum.reg, !quantum.bit
    %72 = quantum.insert %71[ 1], %out_qubits_68 : !quantum.reg, !quantum.bit
    %73 = quantum.insert %72[ 2], %out_qubits_67 : !quantum.reg, !quantum.bit
    %74 = quantum.insert %73[ 3], %out_qubits_66 : !quantum.reg, !quantum.bit
    %75 = quantum.extract %74[%extracted_46] : !quantum.reg -> !quantum.bit
    %76 = quantum.extract %74[%extracted_47] : !quantum.reg -> !quantum.bit
    %out_qubits_70:2 = quantum.multirz(%5) %75, %76 : !quantum.bit, !quantum.bit
    %77 = quantum.insert %74[%extracted_46], %out_qubits_70#0 : !quantum.reg, !quantum.bit
    %78 = quantum.insert %77[%extracted_47], %out_qubits_70#1 : !quantum.reg, !quantum.bit
    %79 = quantum.extract %78[%extracted_49] : !quantum.reg -> !quantum.bit
    %80 = quantum.extract %78[%extracted_50] : !quantum.reg -> !quantum.bit
    %out_qubits_71:2 = quantum.multirz(%4) %79, %80 : !quantum.bit, !quantum.bit
    %81 = quantum.insert %78[%extracted_49], %out_qubits_71#0 : !quantum.reg, !quantum.bit
    %82 = quantum.insert %81[%extracted_50], %out_qubits_71#1 : !quantum.reg, !quantum.bit
    %83 = quantum.extract %82[%extracted_52] : !quantum.reg -> !quantum.bit
    %84 = quantum.extract %82[%extracted_53] : !quantum.reg -> !quantum.bit
    %out_qubits_72:2 = quantum.multirz(%3) %83, %84 : !quantum.bit, !quantum.bit
    %85 = quantum.insert %82[%extracted_52], %out_qubits_72#0 : !quantum.reg, !quantum.bit
    %86 = quantum.insert %85[%extracted_53], %out_qubits_72#1 : !quantum.reg, !quantum.bit
    %87 = quantum.extract %86[%extracted_55] : !quantum.reg -> !quantum.bit
    %88 = quantum.extract %86[%extracted_56] : !quantum.reg -> !quantum.bit
    %out_qubits_73:2 = quantum.multirz(%2) %87, %88 : !quantum.bit, !quantum.bit
    %89 = quantum.insert %86[%extracted_55], %out_qubits_73#0 : !quantum.reg, !quantum.bit
    %90 = quantum.insert %89[%extracted_56], %out_qubits_73#1 : !quantum.reg, !quantum.bit
    %91 = quantum.extract %90[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_74 = quantum.custom "RX"(%0) %91 : !quantum.bit
    %92 = quantum.extract %90[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_75 = quantum.custom "RX"(%0) %92 : !quantum.bit
    %93 = quantum.extract %90[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_76 = quantum.custom "RX"(%0) %93 : !quantum.bit
    %94 = quantum.extract %90[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_77 = quantum.custom "RX"(%0) %94 : !quantum.bit
    %95 = quantum.insert %90[ 0], %out_qubits_74 : !quantum.reg, !quantum.bit
    %96 = quantum.insert %95[ 1], %out_qubits_75 : !quantum.reg, !quantum.bit
    %97 = quantum.insert %96[ 2], %out_qubits_76 : !quantum.reg, !quantum.bit
    %98 = quantum.insert %97[ 3], %out_qubits_77 : !quantum.reg, !quantum.bit
    %99 = quantum.extract %98[%extracted_46] : !quantum.reg -> !quantum.bit
    %100 = quantum.namedobs %99[ PauliZ] : !quantum.obs
    %101 = quantum.insert %98[%extracted_46], %99 : !quantum.reg, !quantum.bit
    %102 = quantum.extract %101[%extracted_47] : !quantum.reg -> !quantum.bit
    %103 = quantum.namedobs %102[ PauliZ] : !quantum.obs
    %104 = quantum.tensor %100, %103 : !quantum.obs
    %105 = quantum.insert %101[%extracted_47], %102 : !quantum.reg, !quantum.bit
    %106 = quantum.extract %105[%extracted_49] : !quantum.reg -> !quantum.bit
    %107 = quantum.namedobs %106[ PauliZ] : !quantum.obs
    %108 = quantum.insert %105[%extracted_49], %106 : !quantum.reg, !quantum.bit
    %109 = quantum.extract %108[%extracted_50] : !quantum.reg -> !quantum.bit
    %110 = quantum.namedobs %109[ PauliZ] : !quantum.obs
    %111 = quantum.tensor %107, %110 : !quantum.obs
    %112 = quantum.insert %108[%extracted_50], %109 : !quantum.reg, !quantum.bit
    %113 = quantum.extract %112[%extracted_52] : !quantum.reg -> !quantum.bit
    %114 = quantum.namedobs %113[ PauliZ] : !quantum.obs
    %115 = quantum.insert %112[%extracted_52], %113 : !quantum.reg, !quantum.bit
    %116 = quantum.extract %115[%extracted_53] : !quantum.reg -> !quantum.bit
    %117 = quantum.namedobs %116[ PauliZ] : !quantum.obs
    %118 = quantum.tensor %114, %117 : !quantum.obs
    %119 = quantum.insert %115[%extracted_53], %116 : !quantum.reg, !quantum.bit
    %120 = quantum.extract %119[%extracted_55] : !quantum.reg -> !quantum.bit
    %121 = quantum.namedobs %120[ PauliZ] : !quantum.obs
    %122 = quantum.insert %119[%extracted_55], %120 : !quantum.reg, !quantum.bit
    %123 = quantum.extract %122[%extracted_56] : !quantum.reg -> !quantum.bit
    %124 = quantum.namedobs %123[ PauliZ] : !quantum.obs
    %125 = quantum.tensor %121, %124 : !quantum.obs
    %126 = quantum.hamiltonian(%arg1 : tensor<4xf64>) %104, %111, %118, %125 : !quantum.obs
    %127 = quantum.expval %126 : f64
    %from_elements = tensor.from_elements %127 : tensor<f64>
    %128 = quantum.insert %122[%extracted_56], %123 : !quantum.reg, !quantum.bit
    quantum.dealloc %128 : !quantum.reg
    quantum.device_release
    return %from_elements : tensor<f64>
  }
  func.func @setup() {
    quantum.init
    return
  }
  func.func @teardown() {
    quantum.finalize
    return
  }
}