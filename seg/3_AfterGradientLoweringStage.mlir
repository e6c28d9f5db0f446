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
      %1 = func.call @energy_0.pcount(%arg5, %arg1, %arg2) : (tensor<2x3xf64>, tensor<4xf64>, tensor<4x2xi64>) -> index
      %2:2 = func.call @energy_0.fullgrad0(%arg5, %arg1, %arg2, %1) : (tensor<2x3xf64>, tensor<4xf64>, tensor<4x2xi64>, index) -> (tensor<f64>, tensor<2x3xf64>)
      %3 = arith.addi %arg4, %c1_i64 : i64
      %4 = tensor.empty() : tensor<2x3xf64>
      %5 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%cst : tensor<f64>) outs(%4 : tensor<2x3xf64>) {
      ^bb0(%in: f64, %out: f64):
        linalg.yield %in : f64
      } -> tensor<2x3xf64>
      %6 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%5, %2#1 : tensor<2x3xf64>, tensor<2x3xf64>) outs(%4 : tensor<2x3xf64>) {
      ^bb0(%in: f64, %in_0: f64, %out: f64):
        %8 = arith.mulf %in, %in_0 : f64
        linalg.yield %8 : f64
      } -> tensor<2x3xf64>
      %7 = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg5, %6 : tensor<2x3xf64>, tensor<2x3xf64>) outs(%4 : tensor<2x3xf64>) {
      ^bb0(%in: f64, %in_0: f64, %out: f64):
        %8 = arith.subf %in, %in_0 : f64
        linalg.yield %8 : f64
      } -> tensor<2x3xf64>
      scf.yield %3, %7 : i64, tensor<2x3xf64>
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
  func.func private @energy_0.adjoint(%arg0: tensor<2x3xf64>, %arg1: tensor<4xf64>, %arg2: tensor<4x2xi64>, %arg3: index) -> tensor<?xf64> {
    %0 = gradient.adjoint @energy_0.nodealloc(%arg0, %arg1, %arg2) size(%arg3) : (tensor<2x3xf64>, tensor<4xf64>, tensor<4x2xi64>) -> tensor<?xf64>
    return %0 : tensor<?xf64>
  }
  func.func private @energy_0.nodealloc(%arg0: tensor<2x3xf64>, %arg1: tensor<4xf64>, %arg2: tensor<4x2xi64>) -> !quantum.reg {
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
    %128 = quantum.insert %122[%extracted_56], %123 : !quantum.reg, !quantum.bit
    return %128 : !quantum.reg
  }
  func.func private @energy_0.pcount(%arg0: tensor<2x3xf64>, %arg1: tensor<4xf64>, %arg2: tensor<4x2xi64>) -> index {
    %idx1 = index.constant 1
    %idx0 = index.constant 0
    %alloca = memref.alloca() : memref<index>
    memref.store %idx0, %alloca[] : memref<index>
    %0 = memref.load %alloca[] : memref<index>
    %1 = index.add %0, %idx1
    memref.store %1, %alloca[] : memref<index>
    %2 = memref.load %alloca[] : memref<index>
    %3 = index.add %2, %idx1
    memref.store %3, %alloca[] : memref<index>
    %4 = memref.load %alloca[] : memref<index>
    %5 = index.add %4, %idx1
    memref.store %5, %alloca[] : memref<index>
    %6 = memref.load %alloca[] : memref<index>
    %7 = index.add %6, %idx1
    memref.store %7, %alloca[] : memref<index>
    %8 = memref.load %alloca[] : memref<index>
    %9 = index.add %8, %idx1
    memref.store %9, %alloca[] : memref<index>
    %10 = memref.load %alloca[] : memref<index>
    %11 = index.add %10, %idx1
    memref.store %11, %alloca[] : memref<index>
    %12 = memref.load %alloca[] : memref<index>
    %13 = index.add %12, %idx1
    memref.store %13, %alloca[] : memref<index>
    %14 = memref.load %alloca[] : memref<index>
    %15 = index.add %14, %idx1
    memref.store %15, %alloca[] : memref<index>
    %16 = memref.load %alloca[] : memref<index>
    %17 = index.add %16, %idx1
    memref.store %17, %alloca[] : memref<index>
    %18 = memref.load %alloca[] : memref<index>
    %19 = index.add %18, %idx1
    memref.store %19, %alloca[] : memref<index>
    %20 = memref.load %alloca[] : memref<index>
    %21 = index.add %20, %idx1
    memref.store %21, %alloca[] : memref<index>
    %22 = memref.load %alloca[] : memref<index>
    %23 = index.add %22, %idx1
    memref.store %23, %alloca[] : memref<index>
    %24 = memref.load %alloca[] : memref<index>
    %25 = index.add %24, %idx1
    memref.store %25, %alloca[] : memref<index>
    %26 = memref.load %alloca[] : memref<index>
    %27 = index.add %26, %idx1
    memref.store %27, %alloca[] : memref<index>
    %28 = memref.load %alloca[] : memref<index>
    %29 = index.add %28, %idx1
    memref.store %29, %alloca[] : memref<index>
    %30 = memref.load %alloca[] : memref<index>
    %31 = index.add %30, %idx1
    memref.store %31, %alloca[] : memref<index>
    %32 = memref.load %alloca[] : memref<index>
    %33 = index.add %32, %idx1
    memref.store %33, %alloca[] : memref<index>
    %34 = memref.load %alloca[] : memref<index>
    %35 = index.add %34, %idx1
    memref.store %35, %alloca[] : memref<index>
    %36 = memref.load %alloca[] : memref<index>
    %37 = index.add %36, %idx1
    memref.store %37, %alloca[] : memref<index>
    %38 = memref.load %alloca[] : memref<index>
    %39 = index.add %38, %idx1
    memref.store %39, %alloca[] : memref<index>
    %40 = memref.load %alloca[] : memref<index>
    %41 = index.add %40, %idx1
    memref.store %41, %alloca[] : memref<index>
    %42 = memref.load %alloca[] : memref<index>
    %43 = index.add %42, %idx1
    memref.store %43, %alloca[] : memref<index>
    %44 = memref.load %alloca[] : memref<index>
    %45 = index.add %44, %idx1
    memref.store %45, %alloca[] : memref<index>
    %46 = memref.load %alloca[] : memref<index>
    %47 = index.add %46, %idx1
    memref.store %47, %alloca[] : memref<index>
    %48 = memref.load %alloca[] : memref<index>
    return %48 : index
  }
  func.func private @energy_0.quantum(%arg0: tensor<2x3xf64>, %arg1: tensor<4xf64>, %arg2: tensor<4x2xi64>, %arg3: tensor<?xf64>) -> tensor<f64> attributes {gradient.qgrad = @energy_0.adjoint, passthrough = ["noinline"]} {
    %c0_i64 = arith.constant 0 : i64
    %idx1 = index.constant 1
    %idx0 = index.constant 0
    %alloca = memref.alloca() : memref<index>
    memref.store %idx0, %alloca[] : memref<index>
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
    quantum.device shots(%c0_i64) ["/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", "LightningSimulator", "{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}"]
    %0 = quantum.alloc( 4) : !quantum.reg
    %1 = quantum.extract %0[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits = quantum.custom "Hadamard"() %1 : !quantum.bit
    %2 = quantum.extract %0[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_14 = quantum.custom "Hadamard"() %2 : !quantum.bit
    %3 = quantum.extract %0[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_15 = quantum.custom "Hadamard"() %3 : !quantum.bit
    %4 = quantum.extract %0[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_16 = quantum.custom "Hadamard"() %4 : !quantum.bit
    %5 = quantum.insert %0[ 0], %out_qubits_16 : !quantum.reg, !quantum.bit
    %6 = quantum.insert %5[ 1], %out_qubits_15 : !quantum.reg, !quantum.bit
    %7 = quantum.insert %6[ 2], %out_qubits_14 : !quantum.reg, !quantum.bit
    %8 = quantum.insert %7[ 3], %out_qubits : !quantum.reg, !quantum.bit
    %extracted = tensor.extract %collapsed[] : tensor<i64>
    %9 = quantum.extract %8[%extracted] : !quantum.reg -> !quantum.bit
    %extracted_17 = tensor.extract %collapsed_1[] : tensor<i64>
    %10 = quantum.extract %8[%extracted_17] : !quantum.reg -> !quantum.bit
    %11 = memref.load %alloca[] : memref<index>
    %12 = index.add %11, %idx1
    memref.store %12, %alloca[] : memref<index>
    %extracted_18 = tensor.extract %arg3[%11] : tensor<?xf64>
    %out_qubits_19:2 = quantum.multirz(%extracted_18) %9, %10 : !quantum.bit, !quantum.bit
    %13 = quantum.insert %8[%extracted], %out_qubits_19#0 : !quantum.reg, !quantum.bit
    %14 = quantum.insert %13[%extracted_17], %out_qubits_19#1 : !quantum.reg, !quantum.bit
    %extracted_20 = tensor.extract %collapsed_3[] : tensor<i64>
    %15 = quantum.extract %14[%extracted_20] : !quantum.reg -> !quantum.bit
    %extracted_21 = tensor.extract %collapsed_5[] : tensor<i64>
    %16 = quantum.extract %14[%extracted_21] : !quantum.reg -> !quantum.bit
    %17 = memref.load %alloca[] : memref<index>
    %18 = index.add %17, %idx1
    memref.store %18, %alloca[] : memref<index>
    %extracted_22 = tensor.extract %arg3[%17] : tensor<?xf64>
    %out_qubits_23:2 = quantum.multirz(%extracted_22) %15, %16 : !quantum.bit, !quantum.bit
    %19 = quantum.insert %14[%extracted_20], %out_qubits_23#0 : !quantum.reg, !quantum.bit
    %20 = quantum.insert %19[%extracted_21], %out_qubits_23#1 : !quantum.reg, !quantum.bit
    %extracted_24 = tensor.extract %collapsed_7[] : tensor<i64>
    %21 = quantum.extract %20[%extracted_24] : !quantum.reg -> !quantum.bit
    %extracted_25 = tensor.extract %collapsed_9[] : tensor<i64>
    %22 = quantum.extract %20[%extracted_25] : !quantum.reg -> !quantum.bit
    %23 = memref.load %alloca[] : memref<index>
    %24 = index.add %23, %idx1
    memref.store %24, %alloca[] : memref<index>
    %extracted_26 = tensor.extract %arg3[%23] : tensor<?xf64>
    %out_qubits_27:2 = quantum.multirz(%extracted_26) %21, %22 : !quantum.bit, !quantum.bit
    %25 = quantum.insert %20[%extracted_24], %out_qubits_27#0 : !quantum.reg, !quantum.bit
    %26 = quantum.insert %25[%extracted_25], %out_qubits_27#1 : !quantum.reg, !quantum.bit
    %extracted_28 = tensor.extract %collapsed_11[] : tensor<i64>
    %27 = quantum.extract %26[%extracted_28] : !quantum.reg -> !quantum.bit
    %extracted_29 = tensor.extract %collapsed_13[] : tensor<i64>
    %28 = quantum.extract %26[%extracted_29] : !quantum.reg -> !quantum.bit
    %29 = memref.load %alloca[] : memref<index>
    %30 = index.add %29, %idx1
    memref.store %30, %alloca[] : memref<index>
    %extracted_30 = tensor.extract %arg3[%29] : tensor<?xf64>
    %out_qubits_31:2 = quantum.multirz(%extracted_30) %27, %28 : !quantum.bit, !quantum.bit
    %31 = quantum.insert %26[%extracted_28], %out_qubits_31#0 : !quantum.reg, !quantum.bit
    %32 = quantum.insert %31[%extracted_29], %out_qubits_31#1 : !quantum.reg, !quantum.bit
    %33 = quantum.extract %32[ 3] : !quantum.reg -> !quantum.bit
    %34 = memref.load %alloca[] : memref<index>
    %35 = index.add %34, %idx1
    memref.store %35, %alloca[] : memref<index>
    %extracted_32 = tensor.extract %arg3[%34] : tensor<?xf64>
    %out_qubits_33 = quantum.custom "RX"(%extracted_32) %33 : !quantum.bit
    %36 = quantum.extract %32[ 2] : !quantum.reg -> !quantum.bit
    %37 = memref.load %alloca[] : memref<index>
    %38 = index.add %37, %idx1
    memref.store %38, %alloca[] : memref<index>
    %extracted_34 = tensor.extract %arg3[%37] : tensor<?xf64>
    %out_qubits_35 = quantum.custom "RX"(%extracted_34) %36 : !quantum.bit
    %39 = quantum.extract %32[ 1] : !quantum.reg -> !quantum.bit
    %40 = memref.load %alloca[] : memref<index>
    %41 = index.add %40, %idx1
    memref.store %41, %alloca[] : memref<index>
    %extracted_36 = tensor.extract %arg3[%40] : tensor<?xf64>
    %out_qubits_37 = quantum.custom "RX"(%extracted_36) %39 : !quantum.bit
    %42 = quantum.extract %32[ 0] : !quantum.reg -> !quantum.bit
    %43 = memref.load %alloca[] : memref<index>
    %44 = index.add %43, %idx1
    memref.store %44, %alloca[] : memref<index>
    %extracted_38 = tensor.extract %arg3[%43] : tensor<?xf64>
    %out_qubits_39 = quantum.custom "RX"(%extracted_38) %42 : !quantum.bit
    %45 = quantum.insert %32[ 0], %out_qubits_39 : !quantum.reg, !quantum.bit
    %46 = quantum.insert %45[ 1], %out_qubits_37 : !quantum.reg, !quantum.bit
    %47 = quantum.insert %46[ 2], %out_qubits_35 : !quantum.reg, !quantum.bit
    %48 = quantum.insert %47[ 3], %out_qubits_33 : !quantum.reg, !quantum.bit
    %49 = quantum.extract %48[%extracted] : !quantum.reg -> !quantum.bit
    %50 = quantum.extract %48[%extracted_17] : !quantum.reg -> !quantum.bit
    %51 = memref.load %alloca[] : memref<index>
    %52 = index.add %51, %idx1
    memref.store %52, %alloca[] : memref<index>
    %extracted_40 = tensor.extract %arg3[%51] : tensor<?xf64>
    %out_qubits_41:2 = quantum.multirz(%extracted_40) %49, %50 : !quantum.bit, !quantum.bit
    %53 = quantum.insert %48[%extracted], %out_qubits_41#0 : !quantum.reg, !quantum.bit
    %54 = quantum.insert %53[%extracted_17], %out_qubits_41#1 : !quantum.reg, !quantum.bit
    %55 = quantum.extract %54[%extracted_20] : !quantum.reg -> !quantum.bit
    %56 = quantum.extract %54[%extracted_21] : !quantum.reg -> !quantum.bit
    %57 = memref.load %alloca[] : memref<index>
    %58 = index.add %57, %idx1
    memref.store %58, %alloca[] : memref<index>
    %extracted_42 = tensor.extract %arg3[%57] : tensor<?xf64>
    %out_qubits_43:2 = quantum.multirz(%extracted_42) %55, %56 : !quantum.bit, !quantum.bit
    %59 = quantum.insert %54[%extracted_20], %out_qubits_43#0 : !quantum.reg, !quantum.bit
    %60 = quantum.insert %59[%extracted_21], %out_qubits_43#1 : !quantum.reg, !quantum.bit
    %61 = quantum.extract %60[%extracted_24] : !quantum.reg -> !quantum.bit
    %62 = quantum.extract %60[%extracted_25] : !quantum.reg -> !quantum.bit
    %63 = memref.load %alloca[] : memref<index>
    %64 = index.add %63, %idx1
    memref.store %64, %alloca[] : memref<index>
    %extracted_44 = tensor.extract %arg3[%63] : tensor<?xf64>
    %out_qubits_45:2 = quantum.multirz(%extracted_44) %61, %62 : !quantum.bit, !quantum.bit
    %65 = quantum.insert %60[%extracted_24], %out_qubits_45#0 : !quantum.reg, !quantum.bit
    %66 = quantum.insert %65[%extracted_25], %out_qubits_45#1 : !quantum.reg, !quantum.bit
    %67 = quantum.extract %66[%extracted_28] : !quantum.reg -> !quantum.bit
    %68 = quantum.extract %66[%extracted_29] : !quantum.reg -> !quantum.bit
    %69 = memref.load %alloca[] : memref<index>
    %70 = index.add %69, %idx1
    memref.store %70, %alloca[] : memref<index>
    %extracted_46 = tensor.extract %arg3[%69] : tensor<?xf64>
    %out_qubits_47:2 = quantum.multirz(%extracted_46) %67, %68 : !quantum.bit, !quantum.bit
    %71 = quantum.insert %66[%extracted_28], %out_qubits_47#0 : !quantum.reg, !quantum.bit
    %72 = quantum.insert %71[%extracted_29], %out_qubits_47#1 : !quantum.reg, !quantum.bit
    %73 = quantum.extract %72[ 3] : !quantum.reg -> !quantum.bit
    %74 = memref.load %alloca[] : memref<index>
    %75 = index.add %74, %idx1
    memref.store %75, %alloca[] : memref<index>
    %extracted_48 = tensor.extract %arg3[%74] : tensor<?xf64>
    %out_qubits_49 = quantum.custom "RX"(%extracted_48) %73 : !quantum.bit
    %76 = quantum.extract %72[ 2] : !quantum.reg -> !quantum.bit
    %77 = memref.load %alloca[] : memref<index>
    %78 = index.add %77, %idx1
    memref.store %78, %alloca[] : memref<index>
    %extracted_50 = tensor.extract %arg3[%77] : tensor<?xf64>
    %out_qubits_51 = quantum.custom "RX"(%extracted_50) %76 : !quantum.bit
    %79 = quantum.extract %72[ 1] : !quantum.reg -> !quantum.bit
    %80 = memref.load %alloca[] : memref<index>
    %81 = index.add %80, %idx1
    memref.store %81, %alloca[] : memref<index>
    %extracted_52 = tensor.extract %arg3[%80] : tensor<?xf64>
    %out_qubits_53 = quantum.custom "RX"(%extracted_52) %79 : !quantum.bit
    %82 = quantum.extract %72[ 0] : !quantum.reg -> !quantum.bit
    %83 = memref.load %alloca[] : memref<index>
    %84 = index.add %83, %idx1
    memref.store %84, %alloca[] : memref<index>
    %extracted_54 = tensor.extract %arg3[%83] : tensor<?xf64>
    %out_qubits_55 = quantum.custom "RX"(%extracted_54) %82 : !quantum.bit
    %85 = quantum.insert %72[ 0], %out_qubits_55 : !quantum.reg, !quantum.bit
    %86 = quantum.insert %85[ 1], %out_qubits_53 : !quantum.reg, !quantum.bit
    %87 = quantum.insert %86[ 2], %out_qubits_51 : !quantum.reg, !quantum.bit
    %88 = quantum.insert %87[ 3], %out_qubits_49 : !quantum.reg, !quantum.bit
    %89 = quantum.extract %88[%extracted] : !quantum.reg -> !quantum.bit
    %90 = quantum.extract %88[%extracted_17] : !quantum.reg -> !quantum.bit
    %91 = memref.load %alloca[] : memref<index>
    %92 = index.add %91, %idx1
    memref.store %92, %alloca[] : memref<index>
    %extracted_56 = tensor.extract %arg3[%91] : tensor<?xf64>
    %out_qubits_57:2 = quantum.multirz(%extracted_56) %89, %90 : !quantum.bit, !quantum.bit
    %93 = quantum.insert %88[%extracted], %out_qubits_57#0 : !quantum.reg, !quantum.bit
    %94 = quantum.insert %93[%extracted_17], %out_qubits_57#1 : !quantum.reg, !quantum.bit
    %95 = quantum.extract %94[%extracted_20] : !quantum.reg -> !quantum.bit
    %96 = quantum.extract %94[%extracted_21] : !quantum.reg -> !quantum.bit
    %97 = memref.load %alloca[] : memref<index>
    %98 = index.add %97, %idx1
    memref.store %98, %alloca[] : memref<index>
    %extracted_58 = tensor.extract %arg3[%97] : tensor<?xf64>
    %out_qubits_59:2 = quantum.multirz(%extracted_58) %95, %96 : !quantum.bit, !quantum.bit
    %99 = quantum.insert %94[%extracted_20], %out_qubits_59#0 : !quantum.reg, !quantum.bit
    %100 = quantum.insert %99[%extracted_21], %out_qubits_59#1 : !quantum.reg, !quantum.bit
    %101 = quantum.extract %100[%extracted_24] : !quantum.reg -> !quantum.bit
    %102 = quantum.extract %100[%extracted_25] : !quantum.reg -> !quantum.bit
    %103 = memref.load %alloca[] : memref<index>
    %104 = index.add %103, %idx1
    memref.store %104, %alloca[] : memref<index>
    %extracted_60 = tensor.extract %arg3[%103] : tensor<?xf64>
    %out_qubits_61:2 = quantum.multirz(%extracted_60) %101, %102 : !quantum.bit, !quantum.bit
    %105 = quantum.insert %100[%extracted_24], %out_qubits_61#0 : !quantum.reg, !quantum.bit
    %106 = quantum.insert %105[%extracted_25], %out_qubits_61#1 : !quantum.reg, !quantum.bit
    %107 = quantum.extract %106[%extracted_28] : !quantum.reg -> !quantum.bit
    %108 = quantum.extract %106[%extracted_29] : !quantum.reg -> !quantum.bit
    %109 = memref.load %alloca[] : memref<index>
    %110 = index.add %109, %idx1
    memref.store %110, %alloca[] : memref<index>
    %extracted_62 = tensor.extract %arg3[%109] : tensor<?xf64>
    %out_qubits_63:2 = quantum.multirz(%extracted_62) %107, %108 : !quantum.bit, !quantum.bit
    %111 = quantum.insert %106[%extracted_28], %out_qubits_63#0 : !quantum.reg, !quantum.bit
    %112 = quantum.insert %111[%extracted_29], %out_qubits_63#1 : !quantum.reg, !quantum.bit
    %113 = quantum.extract %112[ 0] : !quantum.reg -> !quantum.bit
    %114 = memref.load %alloca[] : memref<index>
    %115 = index.add %114, %idx1
    memref.store %115, %alloca[] : memref<index>
    %extracted_64 = tensor.extract %arg3[%114] : tensor<?xf64>
    %out_qubits_65 = quantum.custom "RX"(%extracted_64) %113 : !quantum.bit
    %116 = quantum.extract %112[ 1] : !quantum.reg -> !quantum.bit
    %117 = memref.load %alloca[] : memref<index>
    %118 = index.add %117, %idx1
    memref.store %118, %alloca[] : memref<index>
    %extracted_66 = tensor.extract %arg3[%117] : tensor<?xf64>
    %out_qubits_67 = quantum.custom "RX"(%extracted_66) %116 : !quantum.bit
    %119 = quantum.extract %112[ 2] : !quantum.reg -> !quantum.bit
    %120 = memref.load %alloca[] : memref<index>
    %121 = index.add %120, %idx1
    memref.store %121, %alloca[] : memref<index>
    %extracted_68 = tensor.extract %arg3[%120] : tensor<?xf64>
    %out_qubits_69 = quantum.custom "RX"(%extracted_68) %119 : !quantum.bit
    %122 = quantum.extract %112[ 3] : !quantum.reg -> !quantum.bit
    %123 = memref.load %alloca[] : memref<index>
    %124 = index.add %123, %idx1
    memref.store %124, %alloca[] : memref<index>
    %extracted_70 = tensor.extract %arg3[%123] : tensor<?xf64>
    %out_qubits_71 = quantum.custom "RX"(%extracted_70) %122 : !quantum.bit
    %125 = quantum.insert %112[ 0], %out_qubits_65 : !quantum.reg, !quantum.bit
    %126 = quantum.insert %125[ 1], %out_qubits_67 : !quantum.reg, !quantum.bit
    %127 = quantum.insert %126[ 2], %out_qubits_69 : !quantum.reg, !quantum.bit
    %128 = quantum.insert %127[ 3], %out_qubits_71 : !quantum.reg, !quantum.bit
    %129 = quantum.extract %128[%extracted] : !quantum.reg -> !quantum.bit
    %130 = quantum.namedobs %129[ PauliZ] : !quantum.obs
    %131 = quantum.insert %128[%extracted], %129 : !quantum.reg, !quantum.bit
    %132 = quantum.extract %131[%extracted_17] : !quantum.reg -> !quantum.bit
    %133 = quantum.namedobs %132[ PauliZ] : !quantum.obs
    %134 = quantum.tensor %130, %133 : !quantum.obs
    %135 = quantum.insert %131[%extracted_17], %132 : !quantum.reg, !quantum.bit
    %136 = quantum.extract %135[%extracted_20] : !quantum.reg -> !quantum.bit
    %137 = quantum.namedobs %136[ PauliZ] : !quantum.obs
    %138 = quantum.insert %135[%extracted_20], %136 : !quantum.reg, !quantum.bit
    %139 = quantum.extract %138[%extracted_21] : !quantum.reg -> !quantum.bit
    %140 = quantum.namedobs %139[ PauliZ] : !quantum.obs
    %141 = quantum.tensor %137, %140 : !quantum.obs
    %142 = quantum.insert %138[%extracted_21], %139 : !quantum.reg, !quantum.bit
    %143 = quantum.extract %142[%extracted_24] : !quantum.reg -> !quantum.bit
    %144 = quantum.namedobs %143[ PauliZ] : !quantum.obs
    %145 = quantum.insert %142[%extracted_24], %143 : !quantum.reg, !quantum.bit
    %146 = quantum.extract %145[%extracted_25] : !quantum.reg -> !quantum.bit
    %147 = quantum.namedobs %146[ PauliZ] : !quantum.obs
    %148 = quantum.tensor %144, %147 : !quantum.obs
    %149 = quantum.insert %145[%extracted_25], %146 : !quantum.reg, !quantum.bit
    %150 = quantum.extract %149[%extracted_28] : !quantum.reg -> !quantum.bit
    %151 = quantum.namedobs %150[ PauliZ] : !quantum.obs
    %152 = quantum.insert %149[%extracted_28], %150 : !quantum.reg, !quantum.bit
    %153 = quantum.extract %152[%extracted_29] : !quantum.reg -> !quantum.bit
    %154 = quantum.namedobs %153[ PauliZ] : !quantum.obs
    %155 = quantum.tensor %151, %154 : !quantum.obs
    %156 = quantum.hamiltonian(%arg1 : tensor<4xf64>) %134, %141, %148, %155 : !quantum.obs
    %157 = quantum.expval %156 : f64
    %from_elements = tensor.from_elements %157 : tensor<f64>
    %158 = quantum.insert %152[%extracted_29], %153 : !quantum.reg, !quantum.bit
    quantum.dealloc %158 : !quantum.reg
    quantum.device_release
    return %from_elements : tensor<f64>
  }
  func.func private @energy_0.preprocess(%arg0: tensor<2x3xf64>, %arg1: tensor<4xf64>, %arg2: tensor<4x2xi64>, %arg3: index) -> tensor<f64> {
    %cst = arith.constant 2.000000e+00 : f64
    %idx1 = index.constant 1
    %idx0 = index.constant 0
    %alloc = memref.alloc(%arg3) : memref<?xf64>
    %0 = bufferization.to_tensor %alloc restrict : memref<?xf64> to tensor<?xf64>
    %alloca = memref.alloca() : memref<index>
    memref.store %idx0, %alloca[] : memref<index>
    %extracted_slice = tensor.extract_slice %arg0[1, 2] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed = tensor.collapse_shape %extracted_slice [] : tensor<1x1xf64> into tensor<f64>
    %extracted = tensor.extract %collapsed[] : tensor<f64>
    %1 = arith.mulf %extracted, %cst : f64
    %extracted_slice_0 = tensor.extract_slice %arg0[0, 2] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_1 = tensor.collapse_shape %extracted_slice_0 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_2 = tensor.extract %collapsed_1[] : tensor<f64>
    %2 = arith.mulf %extracted_2, %cst : f64
    %extracted_slice_3 = tensor.extract_slice %arg1[3] [1] [1] : tensor<4xf64> to tensor<1xf64>
    %collapsed_4 = tensor.collapse_shape %extracted_slice_3 [] : tensor<1xf64> into tensor<f64>
    %extracted_5 = tensor.extract %collapsed_4[] : tensor<f64>
    %3 = arith.mulf %2, %extracted_5 : f64
    %extracted_slice_6 = tensor.extract_slice %arg1[2] [1] [1] : tensor<4xf64> to tensor<1xf64>
    %collapsed_7 = tensor.collapse_shape %extracted_slice_6 [] : tensor<1xf64> into tensor<f64>
    %extracted_8 = tensor.extract %collapsed_7[] : tensor<f64>
    %4 = arith.mulf %2, %extracted_8 : f64
    %extracted_slice_9 = tensor.extract_slice %arg1[1] [1] [1] : tensor<4xf64> to tensor<1xf64>
    %collapsed_10 = tensor.collapse_shape %extracted_slice_9 [] : tensor<1xf64> into tensor<f64>
    %extracted_11 = tensor.extract %collapsed_10[] : tensor<f64>
    %5 = arith.mulf %2, %extracted_11 : f64
    %extracted_slice_12 = tensor.extract_slice %arg1[0] [1] [1] : tensor<4xf64> to tensor<1xf64>
    %collapsed_13 = tensor.collapse_shape %extracted_slice_12 [] : tensor<1xf64> into tensor<f64>
    %extracted_14 = tensor.extract %collapsed_13[] : tensor<f64>
    %6 = arith.mulf %2, %extracted_14 : f64
    %extracted_slice_15 = tensor.extract_slice %arg0[1, 1] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_16 = tensor.collapse_shape %extracted_slice_15 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_17 = tensor.extract %collapsed_16[] : tensor<f64>
    %7 = arith.mulf %extracted_17, %cst : f64
    %extracted_slice_18 = tensor.extract_slice %arg0[0, 1] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_19 = tensor.collapse_shape %extracted_slice_18 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_20 = tensor.extract %collapsed_19[] : tensor<f64>
    %8 = arith.mulf %extracted_20, %cst : f64
    %9 = arith.mulf %8, %extracted_5 : f64
    %10 = arith.mulf %8, %extracted_8 : f64
    %11 = arith.mulf %8, %extracted_11 : f64
    %12 = arith.mulf %8, %extracted_14 : f64
    %extracted_slice_21 = tensor.extract_slice %arg0[1, 0] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_22 = tensor.collapse_shape %extracted_slice_21 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_23 = tensor.extract %collapsed_22[] : tensor<f64>
    %13 = arith.mulf %extracted_23, %cst : f64
    %extracted_slice_24 = tensor.extract_slice %arg0[0, 0] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_25 = tensor.collapse_shape %extracted_slice_24 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_26 = tensor.extract %collapsed_25[] : tensor<f64>
    %14 = arith.mulf %extracted_26, %cst : f64
    %15 = arith.mulf %14, %extracted_5 : f64
    %16 = arith.mulf %14, %extracted_8 : f64
    %17 = arith.mulf %14, %extracted_11 : f64
    %18 = arith.mulf %14, %extracted_14 : f64
    %19 = memref.load %alloca[] : memref<index>
    memref.store %18, %alloc[%19] : memref<?xf64>
    %20 = index.add %19, %idx1
    memref.store %20, %alloca[] : memref<index>
    %21 = memref.load %alloca[] : memref<index>
    memref.store %17, %alloc[%21] : memref<?xf64>
    %22 = index.add %21, %idx1
    memref.store %22, %alloca[] : memref<index>
    %23 = memref.load %alloca[] : memref<index>
    memref.store %16, %alloc[%23] : memref<?xf64>
    %24 = index.add %23, %idx1
    memref.store %24, %alloca[] : memref<index>
    %25 = memref.load %alloca[] : memref<index>
    memref.store %15, %alloc[%25] : memref<?xf64>
    %26 = index.add %25, %idx1
    memref.store %26, %alloca[] : memref<index>
    %27 = memref.load %alloca[] : memref<index>
    memref.store %13, %alloc[%27] : memref<?xf64>
    %28 = index.add %27, %idx1
    memref.store %28, %alloca[] : memref<index>
    %29 = memref.load %alloca[] : memref<index>
    memref.store %13, %alloc[%29] : memref<?xf64>
    %30 = index.add %29, %idx1
    memref.store %30, %alloca[] : memref<index>
    %31 = memref.load %alloca[] : memref<index>
    memref.store %13, %alloc[%31] : memref<?xf64>
    %32 = index.add %31, %idx1
    memref.store %32, %alloca[] : memref<index>
    %33 = memref.load %alloca[] : memref<index>
    memref.store %13, %alloc[%33] : memref<?xf64>
    %34 = index.add %33, %idx1
    memref.store %34, %alloca[] : memref<index>
    %35 = memref.load %alloca[] : memref<index>
    memref.store %12, %alloc[%35] : memref<?xf64>
    %36 = index.add %35, %idx1
    memref.store %36, %alloca[] : memref<index>
    %37 = memref.load %alloca[] : memref<index>
    memref.store %11, %alloc[%37] : memref<?xf64>
    %38 = index.add %37, %idx1
    memref.store %38, %alloca[] : memref<index>
    %39 = memref.load %alloca[] : memref<index>
    memref.store %10, %alloc[%39] : memref<?xf64>
    %40 = index.add %39, %idx1
    memref.store %40, %alloca[] : memref<index>
    %41 = memref.load %alloca[] : memref<index>
    memref.store %9, %alloc[%41] : memref<?xf64>
    %42 = index.add %41, %idx1
    memref.store %42, %alloca[] : memref<index>
    %43 = memref.load %alloca[] : memref<index>
    memref.store %7, %alloc[%43] : memref<?xf64>
    %44 = index.add %43, %idx1
    memref.store %44, %alloca[] : memref<index>
    %45 = memref.load %alloca[] : memref<index>
    memref.store %7, %alloc[%45] : memref<?xf64>
    %46 = index.add %45, %idx1
    memref.store %46, %alloca[] : memref<index>
    %47 = memref.load %alloca[] : memref<index>
    memref.store %7, %alloc[%47] : memref<?xf64>
    %48 = index.add %47, %idx1
    memref.store %48, %alloca[] : memref<index>
    %49 = memref.load %alloca[] : memref<index>
    memref.store %7, %alloc[%49] : memref<?xf64>
    %50 = index.add %49, %idx1
    memref.store %50, %alloca[] : memref<index>
    %51 = memref.load %alloca[] : memref<index>
    memref.store %6, %alloc[%51] : memref<?xf64>
    %52 = index.add %51, %idx1
    memref.store %52, %alloca[] : memref<index>
    %53 = memref.load %alloca[] : memref<index>
    memref.store %5, %alloc[%53] : memref<?xf64>
    %54 = index.add %53, %idx1
    memref.store %54, %alloca[] : memref<index>
    %55 = memref.load %alloca[] : memref<index>
    memref.store %4, %alloc[%55] : memref<?xf64>
    %56 = index.add %55, %idx1
    memref.store %56, %alloca[] : memref<index>
    %57 = memref.load %alloca[] : memref<index>
    memref.store %3, %alloc[%57] : memref<?xf64>
    %58 = index.add %57, %idx1
    memref.store %58, %alloca[] : memref<index>
    %59 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%59] : memref<?xf64>
    %60 = index.add %59, %idx1
    memref.store %60, %alloca[] : memref<index>
    %61 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%61] : memref<?xf64>
    %62 = index.add %61, %idx1
    memref.store %62, %alloca[] : memref<index>
    %63 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%63] : memref<?xf64>
    %64 = index.add %63, %idx1
    memref.store %64, %alloca[] : memref<index>
    %65 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%65] : memref<?xf64>
    %66 = index.add %65, %idx1
    memref.store %66, %alloca[] : memref<index>
    %67 = call @energy_0.quantum(%arg0, %arg1, %arg2, %0) : (tensor<2x3xf64>, tensor<4xf64>, tensor<4x2xi64>, tensor<?xf64>) -> tensor<f64>
    return %67 : tensor<f64>
  }
  func.func private @energy_0.fullgrad0(%arg0: tensor<2x3xf64>, %arg1: tensor<4xf64>, %arg2: tensor<4x2xi64>, %arg3: index) -> (tensor<f64>, tensor<2x3xf64>) {
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 1.000000e+00 : f64
    %0 = tensor.empty() : tensor<f64>
    %1 = linalg.fill ins(%cst : f64) outs(%0 : tensor<f64>) -> tensor<f64>
    %inserted = tensor.insert %cst_0 into %1[] : tensor<f64>
    %vals, %gradients = gradient.backprop @energy_0.preprocess(%arg0, %arg1, %arg2, %arg3) cotangents(%inserted : tensor<f64>) {diffArgIndices = dense<0> : tensor<1xi64>, keepValueResults = true, resultSegmentSizes = array<i32: 1, 1>} : (tensor<2x3xf64>, tensor<4xf64>, tensor<4x2xi64>, index) -> (tensor<f64>, tensor<2x3xf64>)
    return %vals, %gradients : tensor<f64>, tensor<2x3xf64>
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