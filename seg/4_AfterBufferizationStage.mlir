module @seg {
  memref.global "private" constant @__constant_xf64 : memref<f64> = dense<5.000000e-02> {alignment = 64 : i64}
  func.func public @jit_seg(%arg0: memref<2x3xf64>, %arg1: memref<4xf64>, %arg2: memref<4x2xi64>, %arg3: memref<i64>) -> memref<2x3xf64> attributes {llvm.copy_memref, llvm.emit_c_interface} {
    %0 = llvm.mlir.constant(3735928559 : index) : i64
    %c1_i64 = arith.constant 1 : i64
    %c0_i64 = arith.constant 0 : i64
    %1 = memref.get_global @__constant_xf64 : memref<f64>
    %2 = memref.load %arg3[] : memref<i64>
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<2x3xf64>
    memref.copy %arg0, %alloc : memref<2x3xf64> to memref<2x3xf64>
    %alloc_0 = memref.alloc() : memref<2x3xf64>
    memref.copy %alloc, %alloc_0 : memref<2x3xf64> to memref<2x3xf64>
    memref.dealloc %alloc : memref<2x3xf64>
    %3:2 = scf.while (%arg4 = %c0_i64, %arg5 = %alloc_0) : (i64, memref<2x3xf64>) -> (i64, memref<2x3xf64>) {
      %9 = arith.cmpi slt, %arg4, %2 : i64
      %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<2x3xf64>
      memref.copy %arg5, %alloc_1 : memref<2x3xf64> to memref<2x3xf64>
      memref.dealloc %arg5 : memref<2x3xf64>
      %alloc_2 = memref.alloc() : memref<2x3xf64>
      memref.copy %alloc_1, %alloc_2 : memref<2x3xf64> to memref<2x3xf64>
      memref.dealloc %alloc_1 : memref<2x3xf64>
      scf.condition(%9) %arg4, %alloc_2 : i64, memref<2x3xf64>
    } do {
    ^bb0(%arg4: i64, %arg5: memref<2x3xf64>):
      %9 = func.call @energy_0.pcount(%arg5, %arg1, %arg2) : (memref<2x3xf64>, memref<4xf64>, memref<4x2xi64>) -> index
      %10:2 = func.call @energy_0.fullgrad0(%arg5, %arg1, %arg2, %9) : (memref<2x3xf64>, memref<4xf64>, memref<4x2xi64>, index) -> (memref<f64>, memref<2x3xf64>)
      %11 = arith.addi %arg4, %c1_i64 : i64
      %alloc_1 = memref.alloc() {alignment = 64 : i64} : memref<2x3xf64>
      linalg.generic {indexing_maps = [affine_map<(d0, d1) -> ()>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%1 : memref<f64>) outs(%alloc_1 : memref<2x3xf64>) {
      ^bb0(%in: f64, %out: f64):
        linalg.yield %in : f64
      }
      linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%alloc_1, %10#1 : memref<2x3xf64>, memref<2x3xf64>) outs(%alloc_1 : memref<2x3xf64>) {
      ^bb0(%in: f64, %in_3: f64, %out: f64):
        %12 = arith.mulf %in, %in_3 : f64
        linalg.yield %12 : f64
      }
      linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%arg5, %alloc_1 : memref<2x3xf64>, memref<2x3xf64>) outs(%alloc_1 : memref<2x3xf64>) {
      ^bb0(%in: f64, %in_3: f64, %out: f64):
        %12 = arith.subf %in, %in_3 : f64
        linalg.yield %12 : f64
      }
      memref.dealloc %arg5 : memref<2x3xf64>
      %alloc_2 = memref.alloc() : memref<2x3xf64>
      memref.copy %alloc_1, %alloc_2 : memref<2x3xf64> to memref<2x3xf64>
      memref.dealloc %alloc_1 : memref<2x3xf64>
      scf.yield %11, %alloc_2 : i64, memref<2x3xf64>
    }
    %4 = builtin.unrealized_conversion_cast %3#1 : memref<2x3xf64> to !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)>
    %5 = llvm.extractvalue %4[0] : !llvm.struct<(ptr, ptr, i64, array<2 x i64>, array<2 x i64>)> 
    %6 = llvm.ptrtoint %5 : !llvm.ptr to i64
    %7 = llvm.icmp "eq" %0, %6 : i64
    %8 = scf.if %7 -> (memref<2x3xf64>) {
      %alloc_1 = memref.alloc() : memref<2x3xf64>
      memref.copy %3#1, %alloc_1 : memref<2x3xf64> to memref<2x3xf64>
      scf.yield %alloc_1 : memref<2x3xf64>
    } else {
      scf.yield %3#1 : memref<2x3xf64>
    }
    return %8 : memref<2x3xf64>
  }
  func.func public @energy_0(%arg0: memref<2x3xf64>, %arg1: memref<4xf64>, %arg2: memref<4x2xi64>) -> memref<f64> attributes {diff_method = "adjoint", llvm.linkage = #llvm.linkage<internal>, qnode} {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 2.000000e+00 : f64
    %subview = memref.subview %arg2[0, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1]>>
    %collapse_shape = memref.collapse_shape %subview [] : memref<1x1xi64, strided<[2, 1]>> into memref<i64, strided<[]>>
    %subview_0 = memref.subview %arg2[0, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 1>>
    %collapse_shape_1 = memref.collapse_shape %subview_0 [] : memref<1x1xi64, strided<[2, 1], offset: 1>> into memref<i64, strided<[], offset: 1>>
    %subview_2 = memref.subview %arg2[1, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 2>>
    %collapse_shape_3 = memref.collapse_shape %subview_2 [] : memref<1x1xi64, strided<[2, 1], offset: 2>> into memref<i64, strided<[], offset: 2>>
    %subview_4 = memref.subview %arg2[1, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 3>>
    %collapse_shape_5 = memref.collapse_shape %subview_4 [] : memref<1x1xi64, strided<[2, 1], offset: 3>> into memref<i64, strided<[], offset: 3>>
    %subview_6 = memref.subview %arg2[2, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 4>>
    %collapse_shape_7 = memref.collapse_shape %subview_6 [] : memref<1x1xi64, strided<[2, 1], offset: 4>> into memref<i64, strided<[], offset: 4>>
    %subview_8 = memref.subview %arg2[2, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 5>>
    %collapse_shape_9 = memref.collapse_shape %subview_8 [] : memref<1x1xi64, strided<[2, 1], offset: 5>> into memref<i64, strided<[], offset: 5>>
    %subview_10 = memref.subview %arg2[3, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 6>>
    %collapse_shape_11 = memref.collapse_shape %subview_10 [] : memref<1x1xi64, strided<[2, 1], offset: 6>> into memref<i64, strided<[], offset: 6>>
    %subview_12 = memref.subview %arg2[3, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 7>>
    %collapse_shape_13 = memref.collapse_shape %subview_12 [] : memref<1x1xi64, strided<[2, 1], offset: 7>> into memref<i64, strided<[], offset: 7>>
    %subview_14 = memref.subview %arg0[1, 2] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 5>>
    %collapse_shape_15 = memref.collapse_shape %subview_14 [] : memref<1x1xf64, strided<[3, 1], offset: 5>> into memref<f64, strided<[], offset: 5>>
    %0 = memref.load %collapse_shape_15[] : memref<f64, strided<[], offset: 5>>
    %1 = arith.mulf %0, %cst : f64
    %subview_16 = memref.subview %arg0[0, 2] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 2>>
    %collapse_shape_17 = memref.collapse_shape %subview_16 [] : memref<1x1xf64, strided<[3, 1], offset: 2>> into memref<f64, strided<[], offset: 2>>
    %2 = memref.load %collapse_shape_17[] : memref<f64, strided<[], offset: 2>>
    %3 = arith.mulf %2, %cst : f64
    %subview_18 = memref.subview %arg1[3] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1], offset: 3>>
    %collapse_shape_19 = memref.collapse_shape %subview_18 [] : memref<1xf64, strided<[1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %4 = memref.load %collapse_shape_19[] : memref<f64, strided<[], offset: 3>>
    %5 = arith.mulf %3, %4 : f64
    %subview_20 = memref.subview %arg1[2] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1], offset: 2>>
    %collapse_shape_21 = memref.collapse_shape %subview_20 [] : memref<1xf64, strided<[1], offset: 2>> into memref<f64, strided<[], offset: 2>>
    %6 = memref.load %collapse_shape_21[] : memref<f64, strided<[], offset: 2>>
    %7 = arith.mulf %3, %6 : f64
    %subview_22 = memref.subview %arg1[1] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1], offset: 1>>
    %collapse_shape_23 = memref.collapse_shape %subview_22 [] : memref<1xf64, strided<[1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %8 = memref.load %collapse_shape_23[] : memref<f64, strided<[], offset: 1>>
    %9 = arith.mulf %3, %8 : f64
    %subview_24 = memref.subview %arg1[0] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1]>>
    %collapse_shape_25 = memref.collapse_shape %subview_24 [] : memref<1xf64, strided<[1]>> into memref<f64>
    %10 = memref.load %collapse_shape_25[] : memref<f64>
    %11 = arith.mulf %3, %10 : f64
    %subview_26 = memref.subview %arg0[1, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 4>>
    %collapse_shape_27 = memref.collapse_shape %subview_26 [] : memref<1x1xf64, strided<[3, 1], offset: 4>> into memref<f64, strided<[], offset: 4>>
    %12 = memref.load %collapse_shape_27[] : memref<f64, strided<[], offset: 4>>
    %13 = arith.mulf %12, %cst : f64
    %subview_28 = memref.subview %arg0[0, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 1>>
    %collapse_shape_29 = memref.collapse_shape %subview_28 [] : memref<1x1xf64, strided<[3, 1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %14 = memref.load %collapse_shape_29[] : memref<f64, strided<[], offset: 1>>
    %15 = arith.mulf %14, %cst : f64
    %16 = arith.mulf %15, %4 : f64
    %17 = arith.mulf %15, %6 : f64
    %18 = arith.mulf %15, %8 : f64
    %19 = arith.mulf %15, %10 : f64
    %subview_30 = memref.subview %arg0[1, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 3>>
    %collapse_shape_31 = memref.collapse_shape %subview_30 [] : memref<1x1xf64, strided<[3, 1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %20 = memref.load %collapse_shape_31[] : memref<f64, strided<[], offset: 3>>
    %21 = arith.mulf %20, %cst : f64
    %subview_32 = memref.subview %arg0[0, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1]>>
    %collapse_shape_33 = memref.collapse_shape %subview_32 [] : memref<1x1xf64, strided<[3, 1]>> into memref<f64, strided<[]>>
    %22 = memref.load %collapse_shape_33[] : memref<f64, strided<[]>>
    %23 = arith.mulf %22, %cst : f64
    %24 = arith.mulf %23, %4 : f64
    %25 = arith.mulf %23, %6 : f64
    %26 = arith.mulf %23, %8 : f64
    %27 = arith.mulf %23, %10 : f64
    quantum.device shots(%c0_i64) ["/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", "LightningSimulator", "{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}"]
    %28 = quantum.alloc( 4) : !quantum.reg
    %29 = quantum.extract %28[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits = quantum.custom "Hadamard"() %29 : !quantum.bit
    %30 = quantum.extract %28[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_34 = quantum.custom "Hadamard"() %30 : !quantum.bit
    %31 = quantum.extract %28[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_35 = quantum.custom "Hadamard"() %31 : !quantum.bit
    %32 = quantum.extract %28[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_36 = quantum.custom "Hadamard"() %32 : !quantum.bit
    %33 = quantum.insert %28[ 0], %out_qubits_36 : !quantum.reg, !quantum.bit
    %34 = quantum.insert %33[ 1], %out_qubits_35 : !quantum.reg, !quantum.bit
    %35 = quantum.insert %34[ 2], %out_qubits_34 : !quantum.reg, !quantum.bit
    %36 = quantum.insert %35[ 3], %out_qubits : !quantum.reg, !quantum.bit
    %37 = memref.load %collapse_shape[] : memref<i64, strided<[]>>
    %38 = quantum.extract %36[%37] : !quantum.reg -> !quantum.bit
    %39 = memref.load %collapse_shape_1[] : memref<i64, strided<[], offset: 1>>
    %40 = quantum.extract %36[%39] : !quantum.reg -> !quantum.bit
    %out_qubits_37:2 = quantum.multirz(%27) %38, %40 : !quantum.bit, !quantum.bit
    %41 = quantum.insert %36[%37], %out_qubits_37#0 : !quantum.reg, !quantum.bit
    %42 = quantum.insert %41[%39], %out_qubits_37#1 : !quantum.reg, !quantum.bit
    %43 = memref.load %collapse_shape_3[] : memref<i64, strided<[], offset: 2>>
    %44 = quantum.extract %42[%43] : !quantum.reg -> !quantum.bit
    %45 = memref.load %collapse_shape_5[] : memref<i64, strided<[], offset: 3>>
    %46 = quantum.extract %42[%45] : !quantum.reg -> !quantum.bit
    %out_qubits_38:2 = quantum.multirz(%26) %44, %46 : !quantum.bit, !quantum.bit
    %47 = quantum.insert %42[%43], %out_qubits_38#0 : !quantum.reg, !quantum.bit
    %48 = quantum.insert %47[%45], %out_qubits_38#1 : !quantum.reg, !quantum.bit
    %49 = memref.load %collapse_shape_7[] : memref<i64, strided<[], offset: 4>>
    %50 = quantum.extract %48[%49] : !quantum.reg -> !quantum.bit
    %51 = memref.load %collapse_shape_9[] : memref<i64, strided<[], offset: 5>>
    %52 = quantum.extract %48[%51] : !quantum.reg -> !quantum.bit
    %out_qubits_39:2 = quantum.multirz(%25) %50, %52 : !quantum.bit, !quantum.bit
    %53 = quantum.insert %48[%49], %out_qubits_39#0 : !quantum.reg, !quantum.bit
    %54 = quantum.insert %53[%51], %out_qubits_39#1 : !quantum.reg, !quantum.bit
    %55 = memref.load %collapse_shape_11[] : memref<i64, strided<[], offset: 6>>
    %56 = quantum.extract %54[%55] : !quantum.reg -> !quantum.bit
    %57 = memref.load %collapse_shape_13[] : memref<i64, strided<[], offset: 7>>
    %58 = quantum.extract %54[%57] : !quantum.reg -> !quantum.bit
    %out_qubits_40:2 = quantum.multirz(%24) %56, %58 : !quantum.bit, !quantum.bit
    %59 = quantum.insert %54[%55], %out_qubits_40#0 : !quantum.reg, !quantum.bit
    %60 = quantum.insert %59[%57], %out_qubits_40#1 : !quantum.reg, !quantum.bit
    %61 = quantum.extract %60[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_41 = quantum.custom "RX"(%21) %61 : !quantum.bit
    %62 = quantum.extract %60[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_42 = quantum.custom "RX"(%21) %62 : !quantum.bit
    %63 = quantum.extract %60[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_43 = quantum.custom "RX"(%21) %63 : !quantum.bit
    %64 = quantum.extract %60[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_44 = quantum.custom "RX"(%21) %64 : !quantum.bit
    %65 = quantum.insert %60[ 0], %out_qubits_44 : !quantum.reg, !quantum.bit
    %66 = quantum.insert %65[ 1], %out_qubits_43 : !quantum.reg, !quantum.bit
    %67 = quantum.insert %66[ 2], %out_qubits_42 : !quantum.reg, !quantum.bit
    %68 = quantum.insert %67[ 3], %out_qubits_41 : !quantum.reg, !quantum.bit
    %69 = quantum.extract %68[%37] : !quantum.reg -> !quantum.bit
    %70 = quantum.extract %68[%39] : !quantum.reg -> !quantum.bit
    %out_qubits_45:2 = quantum.multirz(%19) %69, %70 : !quantum.bit, !quantum.bit
    %71 = quantum.insert %68[%37], %out_qubits_45#0 : !quantum.reg, !quantum.bit
    %72 = quantum.insert %71[%39], %out_qubits_45#1 : !quantum.reg, !quantum.bit
    %73 = quantum.extract %72[%43] : !quantum.reg -> !quantum.bit
    %74 = quantum.extract %72[%45] : !quantum.reg -> !quantum.bit
    %out_qubits_46:2 = quantum.multirz(%18) %73, %74 : !quantum.bit, !quantum.bit
    %75 = quantum.insert %72[%43], %out_qubits_46#0 : !quantum.reg, !quantum.bit
    %76 = quantum.insert %75[%45], %out_qubits_46#1 : !quantum.reg, !quantum.bit
    %77 = quantum.extract %76[%49] : !quantum.reg -> !quantum.bit
    %78 = quantum.extract %76[%51] : !quantum.reg -> !quantum.bit
    %out_qubits_47:2 = quantum.multirz(%17) %77, %78 : !quantum.bit, !quantum.bit
    %79 = quantum.insert %76[%49], %out_qubits_47#0 : !quantum.reg, !quantum.bit
    %80 = quantum.insert %79[%51], %out_qubits_47#1 : !quantum.reg, !quantum.bit
    %81 = quantum.extract %80[%55] : !quantum.reg -> !quantum.bit
    %82 = quantum.extract %80[%57] : !quantum.reg -> !quantum.bit
    %out_qubits_48:2 = quantum.multirz(%16) %81, %82 : !quantum.bit, !quantum.bit
    %83 = quantum.insert %80[%55], %out_qubits_48#0 : !quantum.reg, !quantum.bit
    %84 = quantum.insert %83[%57], %out_qubits_48#1 : !quantum.reg, !quantum.bit
    %85 = quantum.extract %84[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_49 = quantum.custom "RX"(%13) %85 : !quantum.bit
    %86 = quantum.extract %84[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_50 = quantum.custom "RX"(%13) %86 : !quantum.bit
    %87 = quantum.extract %84[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_51 = quantum.custom "RX"(%13) %87 : !quantum.bit
    %88 = quantum.extract %84[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_52 = quantum.custom "RX"(%13) %88 : !quantum.bit
    %89 = quantum.insert %84[ 0], %out_qubits_52 : !quantum.reg, !quantum.bit
    %90 = quantum.insert %89[ 1], %out_qubits_51 : !quantum.reg, !quantum.bit
    %91 = quantum.insert %90[ 2], %out_qubits_50 : !quantum.reg, !quantum.bit
    %92 = quantum.insert %91[ 3], %out_qubits_49 : !quantum.reg, !quantum.bit
    %93 = quantum.extract %92[%37] : !quantum.reg -> !quantum.bit
    %94 = quantum.extract %92[%39] : !quantum.reg -> !quantum.bit
    %out_qubits_53:2 = quantum.multirz(%11) %93, %94 : !quantum.bit, !quantum.bit
    %95 = quantum.insert %92[%37], %out_qubits_53#0 : !quantum.reg, !quantum.bit
    %96 = quantum.insert %95[%39], %out_qubits_53#1 : !quantum.reg, !quantum.bit
    %97 = quantum.extract %96[%43] : !quantum.reg -> !quantum.bit
    %98 = quantum.extract %96[%45] : !quantum.reg -> !quantum.bit
    %out_qubits_54:2 = quantum.multirz(%9) %97, %98 : !quantum.bit, !quantum.bit
    %99 = quantum.insert %96[%43], %out_qubits_54#0 : !quantum.reg, !quantum.bit
    %100 = quantum.insert %99[%45], %out_qubits_54#1 : !quantum.reg, !quantum.bit
    %101 = quantum.extract %100[%49] : !quantum.reg -> !quantum.bit
    %102 = quantum.extract %100[%51] : !quantum.reg -> !quantum.bit
    %out_qubits_55:2 = quantum.multirz(%7) %101, %102 : !quantum.bit, !quantum.bit
    %103 = quantum.insert %100[%49], %out_qubits_55#0 : !quantum.reg, !quantum.bit
    %104 = quantum.insert %103[%51], %out_qubits_55#1 : !quantum.reg, !quantum.bit
    %105 = quantum.extract %104[%55] : !quantum.reg -> !quantum.bit
    %106 = quantum.extract %104[%57] : !quantum.reg -> !quantum.bit
    %out_qubits_56:2 = quantum.multirz(%5) %105, %106 : !quantum.bit, !quantum.bit
    %107 = quantum.insert %104[%55], %out_qubits_56#0 : !quantum.reg, !quantum.bit
    %108 = quantum.insert %107[%57], %out_qubits_56#1 : !quantum.reg, !quantum.bit
    %109 = quantum.extract %108[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_57 = quantum.custom "RX"(%1) %109 : !quantum.bit
    %110 = quantum.extract %108[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_58 = quantum.custom "RX"(%1) %110 : !quantum.bit
    %111 = quantum.extract %108[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_59 = quantum.custom "RX"(%1) %111 : !quantum.bit
    %112 = quantum.extract %108[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_60 = quantum.custom "RX"(%1) %112 : !quantum.bit
    %113 = quantum.insert %108[ 0], %out_qubits_57 : !quantum.reg, !quantum.bit
    %114 = quantum.insert %113[ 1], %out_qubits_58 : !quantum.reg, !quantum.bit
    %115 = quantum.insert %114[ 2], %out_qubits_59 : !quantum.reg, !quantum.bit
    %116 = quantum.insert %115[ 3], %out_qubits_60 : !quantum.reg, !quantum.bit
    %117 = quantum.extract %116[%37] : !quantum.reg -> !quantum.bit
    %118 = quantum.namedobs %117[ PauliZ] : !quantum.obs
    %119 = quantum.insert %116[%37], %117 : !quantum.reg, !quantum.bit
    %120 = quantum.extract %119[%39] : !quantum.reg -> !quantum.bit
    %121 = quantum.namedobs %120[ PauliZ] : !quantum.obs
    %122 = quantum.tensor %118, %121 : !quantum.obs
    %123 = quantum.insert %119[%39], %120 : !quantum.reg, !quantum.bit
    %124 = quantum.extract %123[%43] : !quantum.reg -> !quantum.bit
    %125 = quantum.namedobs %124[ PauliZ] : !quantum.obs
    %126 = quantum.insert %123[%43], %124 : !quantum.reg, !quantum.bit
    %127 = quantum.extract %126[%45] : !quantum.reg -> !quantum.bit
    %128 = quantum.namedobs %127[ PauliZ] : !quantum.obs
    %129 = quantum.tensor %125, %128 : !quantum.obs
    %130 = quantum.insert %126[%45], %127 : !quantum.reg, !quantum.bit
    %131 = quantum.extract %130[%49] : !quantum.reg -> !quantum.bit
    %132 = quantum.namedobs %131[ PauliZ] : !quantum.obs
    %133 = quantum.insert %130[%49], %131 : !quantum.reg, !quantum.bit
    %134 = quantum.extract %133[%51] : !quantum.reg -> !quantum.bit
    %135 = quantum.namedobs %134[ PauliZ] : !quantum.obs
    %136 = quantum.tensor %132, %135 : !quantum.obs
    %137 = quantum.insert %133[%51], %134 : !quantum.reg, !quantum.bit
    %138 = quantum.extract %137[%55] : !quantum.reg -> !quantum.bit
    %139 = quantum.namedobs %138[ PauliZ] : !quantum.obs
    %140 = quantum.insert %137[%55], %138 : !quantum.reg, !quantum.bit
    %141 = quantum.extract %140[%57] : !quantum.reg -> !quantum.bit
    %142 = quantum.namedobs %141[ PauliZ] : !quantum.obs
    %143 = quantum.tensor %139, %142 : !quantum.obs
    %144 = quantum.hamiltonian(%arg1 : memref<4xf64>) %122, %129, %136, %143 : !quantum.obs
    %145 = quantum.expval %144 : f64
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<f64>
    memref.store %145, %alloc[] : memref<f64>
    %146 = quantum.insert %140[%57], %141 : !quantum.reg, !quantum.bit
    quantum.dealloc %146 : !quantum.reg
    quantum.device_release
    return %alloc : memref<f64>
  }
  func.func private @energy_0.adjoint(%arg0: memref<2x3xf64>, %arg1: memref<4xf64>, %arg2: memref<4x2xi64>, %arg3: index) -> memref<?xf64> {
    %alloc = memref.alloc(%arg3) : memref<?xf64>
    gradient.adjoint @energy_0.nodealloc(%arg0, %arg1, %arg2) size(%arg3) in(%alloc : memref<?xf64>) : (memref<2x3xf64>, memref<4xf64>, memref<4x2xi64>) -> ()
    return %alloc : memref<?xf64>
  }
  func.func private @energy_0.nodealloc(%arg0: memref<2x3xf64>, %arg1: memref<4xf64>, %arg2: memref<4x2xi64>) -> !quantum.reg {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 2.000000e+00 : f64
    %subview = memref.subview %arg2[0, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1]>>
    %collapse_shape = memref.collapse_shape %subview [] : memref<1x1xi64, strided<[2, 1]>> into memref<i64, strided<[]>>
    %subview_0 = memref.subview %arg2[0, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 1>>
    %collapse_shape_1 = memref.collapse_shape %subview_0 [] : memref<1x1xi64, strided<[2, 1], offset: 1>> into memref<i64, strided<[], offset: 1>>
    %subview_2 = memref.subview %arg2[1, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 2>>
    %collapse_shape_3 = memref.collapse_shape %subview_2 [] : memref<1x1xi64, strided<[2, 1], offset: 2>> into memref<i64, strided<[], offset: 2>>
    %subview_4 = memref.subview %arg2[1, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 3>>
    %collapse_shape_5 = memref.collapse_shape %subview_4 [] : memref<1x1xi64, strided<[2, 1], offset: 3>> into memref<i64, strided<[], offset: 3>>
    %subview_6 = memref.subview %arg2[2, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 4>>
    %collapse_shape_7 = memref.collapse_shape %subview_6 [] : memref<1x1xi64, strided<[2, 1], offset: 4>> into memref<i64, strided<[], offset: 4>>
    %subview_8 = memref.subview %arg2[2, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 5>>
    %collapse_shape_9 = memref.collapse_shape %subview_8 [] : memref<1x1xi64, strided<[2, 1], offset: 5>> into memref<i64, strided<[], offset: 5>>
    %subview_10 = memref.subview %arg2[3, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 6>>
    %collapse_shape_11 = memref.collapse_shape %subview_10 [] : memref<1x1xi64, strided<[2, 1], offset: 6>> into memref<i64, strided<[], offset: 6>>
    %subview_12 = memref.subview %arg2[3, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 7>>
    %collapse_shape_13 = memref.collapse_shape %subview_12 [] : memref<1x1xi64, strided<[2, 1], offset: 7>> into memref<i64, strided<[], offset: 7>>
    %subview_14 = memref.subview %arg0[1, 2] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 5>>
    %collapse_shape_15 = memref.collapse_shape %subview_14 [] : memref<1x1xf64, strided<[3, 1], offset: 5>> into memref<f64, strided<[], offset: 5>>
    %0 = memref.load %collapse_shape_15[] : memref<f64, strided<[], offset: 5>>
    %1 = arith.mulf %0, %cst : f64
    %subview_16 = memref.subview %arg0[0, 2] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 2>>
    %collapse_shape_17 = memref.collapse_shape %subview_16 [] : memref<1x1xf64, strided<[3, 1], offset: 2>> into memref<f64, strided<[], offset: 2>>
    %2 = memref.load %collapse_shape_17[] : memref<f64, strided<[], offset: 2>>
    %3 = arith.mulf %2, %cst : f64
    %subview_18 = memref.subview %arg1[3] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1], offset: 3>>
    %collapse_shape_19 = memref.collapse_shape %subview_18 [] : memref<1xf64, strided<[1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %4 = memref.load %collapse_shape_19[] : memref<f64, strided<[], offset: 3>>
    %5 = arith.mulf %3, %4 : f64
    %subview_20 = memref.subview %arg1[2] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1], offset: 2>>
    %collapse_shape_21 = memref.collapse_shape %subview_20 [] : memref<1xf64, strided<[1], offset: 2>> into memref<f64, strided<[], offset: 2>>
    %6 = memref.load %collapse_shape_21[] : memref<f64, strided<[], offset: 2>>
    %7 = arith.mulf %3, %6 : f64
    %subview_22 = memref.subview %arg1[1] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1], offset: 1>>
    %collapse_shape_23 = memref.collapse_shape %subview_22 [] : memref<1xf64, strided<[1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %8 = memref.load %collapse_shape_23[] : memref<f64, strided<[], offset: 1>>
    %9 = arith.mulf %3, %8 : f64
    %subview_24 = memref.subview %arg1[0] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1]>>
    %collapse_shape_25 = memref.collapse_shape %subview_24 [] : memref<1xf64, strided<[1]>> into memref<f64>
    %10 = memref.load %collapse_shape_25[] : memref<f64>
    %11 = arith.mulf %3, %10 : f64
    %subview_26 = memref.subview %arg0[1, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 4>>
    %collapse_shape_27 = memref.collapse_shape %subview_26 [] : memref<1x1xf64, strided<[3, 1], offset: 4>> into memref<f64, strided<[], offset: 4>>
    %12 = memref.load %collapse_shape_27[] : memref<f64, strided<[], offset: 4>>
    %13 = arith.mulf %12, %cst : f64
    %subview_28 = memref.subview %arg0[0, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 1>>
    %collapse_shape_29 = memref.collapse_shape %subview_28 [] : memref<1x1xf64, strided<[3, 1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %14 = memref.load %collapse_shape_29[] : memref<f64, strided<[], offset: 1>>
    %15 = arith.mulf %14, %cst : f64
    %16 = arith.mulf %15, %4 : f64
    %17 = arith.mulf %15, %6 : f64
    %18 = arith.mulf %15, %8 : f64
    %19 = arith.mulf %15, %10 : f64
    %subview_30 = memref.subview %arg0[1, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 3>>
    %collapse_shape_31 = memref.collapse_shape %subview_30 [] : memref<1x1xf64, strided<[3, 1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %20 = memref.load %collapse_shape_31[] : memref<f64, strided<[], offset: 3>>
    %21 = arith.mulf %20, %cst : f64
    %subview_32 = memref.subview %arg0[0, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1]>>
    %collapse_shape_33 = memref.collapse_shape %subview_32 [] : memref<1x1xf64, strided<[3, 1]>> into memref<f64, strided<[]>>
    %22 = memref.load %collapse_shape_33[] : memref<f64, strided<[]>>
    %23 = arith.mulf %22, %cst : f64
    %24 = arith.mulf %23, %4 : f64
    %25 = arith.mulf %23, %6 : f64
    %26 = arith.mulf %23, %8 : f64
    %27 = arith.mulf %23, %10 : f64
    quantum.device shots(%c0_i64) ["/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", "LightningSimulator", "{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}"]
    %28 = quantum.alloc( 4) : !quantum.reg
    %29 = quantum.extract %28[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits = quantum.custom "Hadamard"() %29 : !quantum.bit
    %30 = quantum.extract %28[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_34 = quantum.custom "Hadamard"() %30 : !quantum.bit
    %31 = quantum.extract %28[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_35 = quantum.custom "Hadamard"() %31 : !quantum.bit
    %32 = quantum.extract %28[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_36 = quantum.custom "Hadamard"() %32 : !quantum.bit
    %33 = quantum.insert %28[ 0], %out_qubits_36 : !quantum.reg, !quantum.bit
    %34 = quantum.insert %33[ 1], %out_qubits_35 : !quantum.reg, !quantum.bit
    %35 = quantum.insert %34[ 2], %out_qubits_34 : !quantum.reg, !quantum.bit
    %36 = quantum.insert %35[ 3], %out_qubits : !quantum.reg, !quantum.bit
    %37 = memref.load %collapse_shape[] : memref<i64, strided<[]>>
    %38 = quantum.extract %36[%37] : !quantum.reg -> !quantum.bit
    %39 = memref.load %collapse_shape_1[] : memref<i64, strided<[], offset: 1>>
    %40 = quantum.extract %36[%39] : !quantum.reg -> !quantum.bit
    %out_qubits_37:2 = quantum.multirz(%27) %38, %40 : !quantum.bit, !quantum.bit
    %41 = quantum.insert %36[%37], %out_qubits_37#0 : !quantum.reg, !quantum.bit
    %42 = quantum.insert %41[%39], %out_qubits_37#1 : !quantum.reg, !quantum.bit
    %43 = memref.load %collapse_shape_3[] : memref<i64, strided<[], offset: 2>>
    %44 = quantum.extract %42[%43] : !quantum.reg -> !quantum.bit
    %45 = memref.load %collapse_shape_5[] : memref<i64, strided<[], offset: 3>>
    %46 = quantum.extract %42[%45] : !quantum.reg -> !quantum.bit
    %out_qubits_38:2 = quantum.multirz(%26) %44, %46 : !quantum.bit, !quantum.bit
    %47 = quantum.insert %42[%43], %out_qubits_38#0 : !quantum.reg, !quantum.bit
    %48 = quantum.insert %47[%45], %out_qubits_38#1 : !quantum.reg, !quantum.bit
    %49 = memref.load %collapse_shape_7[] : memref<i64, strided<[], offset: 4>>
    %50 = quantum.extract %48[%49] : !quantum.reg -> !quantum.bit
    %51 = memref.load %collapse_shape_9[] : memref<i64, strided<[], offset: 5>>
    %52 = quantum.extract %48[%51] : !quantum.reg -> !quantum.bit
    %out_qubits_39:2 = quantum.multirz(%25) %50, %52 : !quantum.bit, !quantum.bit
    %53 = quantum.insert %48[%49], %out_qubits_39#0 : !quantum.reg, !quantum.bit
    %54 = quantum.insert %53[%51], %out_qubits_39#1 : !quantum.reg, !quantum.bit
    %55 = memref.load %collapse_shape_11[] : memref<i64, strided<[], offset: 6>>
    %56 = quantum.extract %54[%55] : !quantum.reg -> !quantum.bit
    %57 = memref.load %collapse_shape_13[] : memref<i64, strided<[], offset: 7>>
    %58 = quantum.extract %54[%57] : !quantum.reg -> !quantum.bit
    %out_qubits_40:2 = quantum.multirz(%24) %56, %58 : !quantum.bit, !quantum.bit
    %59 = quantum.insert %54[%55], %out_qubits_40#0 : !quantum.reg, !quantum.bit
    %60 = quantum.insert %59[%57], %out_qubits_40#1 : !quantum.reg, !quantum.bit
    %61 = quantum.extract %60[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_41 = quantum.custom "RX"(%21) %61 : !quantum.bit
    %62 = quantum.extract %60[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_42 = quantum.custom "RX"(%21) %62 : !quantum.bit
    %63 = quantum.extract %60[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_43 = quantum.custom "RX"(%21) %63 : !quantum.bit
    %64 = quantum.extract %60[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_44 = quantum.custom "RX"(%21) %64 : !quantum.bit
    %65 = quantum.insert %60[ 0], %out_qubits_44 : !quantum.reg, !quantum.bit
    %66 = quantum.insert %65[ 1], %out_qubits_43 : !quantum.reg, !quantum.bit
    %67 = quantum.insert %66[ 2], %out_qubits_42 : !quantum.reg, !quantum.bit
    %68 = quantum.insert %67[ 3], %out_qubits_41 : !quantum.reg, !quantum.bit
    %69 = quantum.extract %68[%37] : !quantum.reg -> !quantum.bit
    %70 = quantum.extract %68[%39] : !quantum.reg -> !quantum.bit
    %out_qubits_45:2 = quantum.multirz(%19) %69, %70 : !quantum.bit, !quantum.bit
    %71 = quantum.insert %68[%37], %out_qubits_45#0 : !quantum.reg, !quantum.bit
    %72 = quantum.insert %71[%39], %out_qubits_45#1 : !quantum.reg, !quantum.bit
    %73 = quantum.extract %72[%43] : !quantum.reg -> !quantum.bit
    %74 = quantum.extract %72[%45] : !quantum.reg -> !quantum.bit
    %out_qubits_46:2 = quantum.multirz(%18) %73, %74 : !quantum.bit, !quantum.bit
    %75 = quantum.insert %72[%43], %out_qubits_46#0 : !quantum.reg, !quantum.bit
    %76 = quantum.insert %75[%45], %out_qubits_46#1 : !quantum.reg, !quantum.bit
    %77 = quantum.extract %76[%49] : !quantum.reg -> !quantum.bit
    %78 = quantum.extract %76[%51] : !quantum.reg -> !quantum.bit
    %out_qubits_47:2 = quantum.multirz(%17) %77, %78 : !quantum.bit, !quantum.bit
    %79 = quantum.insert %76[%49], %out_qubits_47#0 : !quantum.reg, !quantum.bit
    %80 = quantum.insert %79[%51], %out_qubits_47#1 : !quantum.reg, !quantum.bit
    %81 = quantum.extract %80[%55] : !quantum.reg -> !quantum.bit
    %82 = quantum.extract %80[%57] : !quantum.reg -> !quantum.bit
    %out_qubits_48:2 = quantum.multirz(%16) %81, %82 : !quantum.bit, !quantum.bit
    %83 = quantum.insert %80[%55], %out_qubits_48#0 : !quantum.reg, !quantum.bit
    %84 = quantum.insert %83[%57], %out_qubits_48#1 : !quantum.reg, !quantum.bit
    %85 = quantum.extract %84[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_49 = quantum.custom "RX"(%13) %85 : !quantum.bit
    %86 = quantum.extract %84[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_50 = quantum.custom "RX"(%13) %86 : !quantum.bit
    %87 = quantum.extract %84[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_51 = quantum.custom "RX"(%13) %87 : !quantum.bit
    %88 = quantum.extract %84[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_52 = quantum.custom "RX"(%13) %88 : !quantum.bit
    %89 = quantum.insert %84[ 0], %out_qubits_52 : !quantum.reg, !quantum.bit
    %90 = quantum.insert %89[ 1], %out_qubits_51 : !quantum.reg, !quantum.bit
    %91 = quantum.insert %90[ 2], %out_qubits_50 : !quantum.reg, !quantum.bit
    %92 = quantum.insert %91[ 3], %out_qubits_49 : !quantum.reg, !quantum.bit
    %93 = quantum.extract %92[%37] : !quantum.reg -> !quantum.bit
    %94 = quantum.extract %92[%39] : !quantum.reg -> !quantum.bit
    %out_qubits_53:2 = quantum.multirz(%11) %93, %94 : !quantum.bit, !quantum.bit
    %95 = quantum.insert %92[%37], %out_qubits_53#0 : !quantum.reg, !quantum.bit
    %96 = quantum.insert %95[%39], %out_qubits_53#1 : !quantum.reg, !quantum.bit
    %97 = quantum.extract %96[%43] : !quantum.reg -> !quantum.bit
    %98 = quantum.extract %96[%45] : !quantum.reg -> !quantum.bit
    %out_qubits_54:2 = quantum.multirz(%9) %97, %98 : !quantum.bit, !quantum.bit
    %99 = quantum.insert %96[%43], %out_qubits_54#0 : !quantum.reg, !quantum.bit
    %100 = quantum.insert %99[%45], %out_qubits_54#1 : !quantum.reg, !quantum.bit
    %101 = quantum.extract %100[%49] : !quantum.reg -> !quantum.bit
    %102 = quantum.extract %100[%51] : !quantum.reg -> !quantum.bit
    %out_qubits_55:2 = quantum.multirz(%7) %101, %102 : !quantum.bit, !quantum.bit
    %103 = quantum.insert %100[%49], %out_qubits_55#0 : !quantum.reg, !quantum.bit
    %104 = quantum.insert %103[%51], %out_qubits_55#1 : !quantum.reg, !quantum.bit
    %105 = quantum.extract %104[%55] : !quantum.reg -> !quantum.bit
    %106 = quantum.extract %104[%57] : !quantum.reg -> !quantum.bit
    %out_qubits_56:2 = quantum.multirz(%5) %105, %106 : !quantum.bit, !quantum.bit
    %107 = quantum.insert %104[%55], %out_qubits_56#0 : !quantum.reg, !quantum.bit
    %108 = quantum.insert %107[%57], %out_qubits_56#1 : !quantum.reg, !quantum.bit
    %109 = quantum.extract %108[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_57 = quantum.custom "RX"(%1) %109 : !quantum.bit
    %110 = quantum.extract %108[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_58 = quantum.custom "RX"(%1) %110 : !quantum.bit
    %111 = quantum.extract %108[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_59 = quantum.custom "RX"(%1) %111 : !quantum.bit
    %112 = quantum.extract %108[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_60 = quantum.custom "RX"(%1) %112 : !quantum.bit
    %113 = quantum.insert %108[ 0], %out_qubits_57 : !quantum.reg, !quantum.bit
    %114 = quantum.insert %113[ 1], %out_qubits_58 : !quantum.reg, !quantum.bit
    %115 = quantum.insert %114[ 2], %out_qubits_59 : !quantum.reg, !quantum.bit
    %116 = quantum.insert %115[ 3], %out_qubits_60 : !quantum.reg, !quantum.bit
    %117 = quantum.extract %116[%37] : !quantum.reg -> !quantum.bit
    %118 = quantum.namedobs %117[ PauliZ] : !quantum.obs
    %119 = quantum.insert %116[%37], %117 : !quantum.reg, !quantum.bit
    %120 = quantum.extract %119[%39] : !quantum.reg -> !quantum.bit
    %121 = quantum.namedobs %120[ PauliZ] : !quantum.obs
    %122 = quantum.tensor %118, %121 : !quantum.obs
    %123 = quantum.insert %119[%39], %120 : !quantum.reg, !quantum.bit
    %124 = quantum.extract %123[%43] : !quantum.reg -> !quantum.bit
    %125 = quantum.namedobs %124[ PauliZ] : !quantum.obs
    %126 = quantum.insert %123[%43], %124 : !quantum.reg, !quantum.bit
    %127 = quantum.extract %126[%45] : !quantum.reg -> !quantum.bit
    %128 = quantum.namedobs %127[ PauliZ] : !quantum.obs
    %129 = quantum.tensor %125, %128 : !quantum.obs
    %130 = quantum.insert %126[%45], %127 : !quantum.reg, !quantum.bit
    %131 = quantum.extract %130[%49] : !quantum.reg -> !quantum.bit
    %132 = quantum.namedobs %131[ PauliZ] : !quantum.obs
    %133 = quantum.insert %130[%49], %131 : !quantum.reg, !quantum.bit
    %134 = quantum.extract %133[%51] : !quantum.reg -> !quantum.bit
    %135 = quantum.namedobs %134[ PauliZ] : !quantum.obs
    %136 = quantum.tensor %132, %135 : !quantum.obs
    %137 = quantum.insert %133[%51], %134 : !quantum.reg, !quantum.bit
    %138 = quantum.extract %137[%55] : !quantum.reg -> !quantum.bit
    %139 = quantum.namedobs %138[ PauliZ] : !quantum.obs
    %140 = quantum.insert %137[%55], %138 : !quantum.reg, !quantum.bit
    %141 = quantum.extract %140[%57] : !quantum.reg -> !quantum.bit
    %142 = quantum.namedobs %141[ PauliZ] : !quantum.obs
    %143 = quantum.tensor %139, %142 : !quantum.obs
    %144 = quantum.hamiltonian(%arg1 : memref<4xf64>) %122, %129, %136, %143 : !quantum.obs
    %145 = quantum.expval %144 : f64
    %146 = quantum.insert %140[%57], %141 : !quantum.reg, !quantum.bit
    return %146 : !quantum.reg
  }
  func.func private @energy_0.pcount(%arg0: memref<2x3xf64>, %arg1: memref<4xf64>, %arg2: memref<4x2xi64>) -> index {
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
  func.func private @energy_0.quantum(%arg0: memref<2x3xf64>, %arg1: memref<4xf64>, %arg2: memref<4x2xi64>, %arg3: memref<?xf64>) -> memref<f64> attributes {gradient.qgrad = @energy_0.adjoint, passthrough = ["noinline"]} {
    %c0_i64 = arith.constant 0 : i64
    %idx1 = index.constant 1
    %idx0 = index.constant 0
    %alloca = memref.alloca() : memref<index>
    memref.store %idx0, %alloca[] : memref<index>
    %subview = memref.subview %arg2[0, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1]>>
    %collapse_shape = memref.collapse_shape %subview [] : memref<1x1xi64, strided<[2, 1]>> into memref<i64, strided<[]>>
    %subview_0 = memref.subview %arg2[0, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 1>>
    %collapse_shape_1 = memref.collapse_shape %subview_0 [] : memref<1x1xi64, strided<[2, 1], offset: 1>> into memref<i64, strided<[], offset: 1>>
    %subview_2 = memref.subview %arg2[1, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 2>>
    %collapse_shape_3 = memref.collapse_shape %subview_2 [] : memref<1x1xi64, strided<[2, 1], offset: 2>> into memref<i64, strided<[], offset: 2>>
    %subview_4 = memref.subview %arg2[1, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 3>>
    %collapse_shape_5 = memref.collapse_shape %subview_4 [] : memref<1x1xi64, strided<[2, 1], offset: 3>> into memref<i64, strided<[], offset: 3>>
    %subview_6 = memref.subview %arg2[2, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 4>>
    %collapse_shape_7 = memref.collapse_shape %subview_6 [] : memref<1x1xi64, strided<[2, 1], offset: 4>> into memref<i64, strided<[], offset: 4>>
    %subview_8 = memref.subview %arg2[2, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 5>>
    %collapse_shape_9 = memref.collapse_shape %subview_8 [] : memref<1x1xi64, strided<[2, 1], offset: 5>> into memref<i64, strided<[], offset: 5>>
    %subview_10 = memref.subview %arg2[3, 0] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 6>>
    %collapse_shape_11 = memref.collapse_shape %subview_10 [] : memref<1x1xi64, strided<[2, 1], offset: 6>> into memref<i64, strided<[], offset: 6>>
    %subview_12 = memref.subview %arg2[3, 1] [1, 1] [1, 1] : memref<4x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 7>>
    %collapse_shape_13 = memref.collapse_shape %subview_12 [] : memref<1x1xi64, strided<[2, 1], offset: 7>> into memref<i64, strided<[], offset: 7>>
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
    %9 = memref.load %collapse_shape[] : memref<i64, strided<[]>>
    %10 = quantum.extract %8[%9] : !quantum.reg -> !quantum.bit
    %11 = memref.load %collapse_shape_1[] : memref<i64, strided<[], offset: 1>>
    %12 = quantum.extract %8[%11] : !quantum.reg -> !quantum.bit
    %13 = memref.load %alloca[] : memref<index>
    %14 = index.add %13, %idx1
    memref.store %14, %alloca[] : memref<index>
    %15 = memref.load %arg3[%13] : memref<?xf64>
    %out_qubits_17:2 = quantum.multirz(%15) %10, %12 : !quantum.bit, !quantum.bit
    %16 = quantum.insert %8[%9], %out_qubits_17#0 : !quantum.reg, !quantum.bit
    %17 = quantum.insert %16[%11], %out_qubits_17#1 : !quantum.reg, !quantum.bit
    %18 = memref.load %collapse_shape_3[] : memref<i64, strided<[], offset: 2>>
    %19 = quantum.extract %17[%18] : !quantum.reg -> !quantum.bit
    %20 = memref.load %collapse_shape_5[] : memref<i64, strided<[], offset: 3>>
    %21 = quantum.extract %17[%20] : !quantum.reg -> !quantum.bit
    %22 = memref.load %alloca[] : memref<index>
    %23 = index.add %22, %idx1
    memref.store %23, %alloca[] : memref<index>
    %24 = memref.load %arg3[%22] : memref<?xf64>
    %out_qubits_18:2 = quantum.multirz(%24) %19, %21 : !quantum.bit, !quantum.bit
    %25 = quantum.insert %17[%18], %out_qubits_18#0 : !quantum.reg, !quantum.bit
    %26 = quantum.insert %25[%20], %out_qubits_18#1 : !quantum.reg, !quantum.bit
    %27 = memref.load %collapse_shape_7[] : memref<i64, strided<[], offset: 4>>
    %28 = quantum.extract %26[%27] : !quantum.reg -> !quantum.bit
    %29 = memref.load %collapse_shape_9[] : memref<i64, strided<[], offset: 5>>
    %30 = quantum.extract %26[%29] : !quantum.reg -> !quantum.bit
    %31 = memref.load %alloca[] : memref<index>
    %32 = index.add %31, %idx1
    memref.store %32, %alloca[] : memref<index>
    %33 = memref.load %arg3[%31] : memref<?xf64>
    %out_qubits_19:2 = quantum.multirz(%33) %28, %30 : !quantum.bit, !quantum.bit
    %34 = quantum.insert %26[%27], %out_qubits_19#0 : !quantum.reg, !quantum.bit
    %35 = quantum.insert %34[%29], %out_qubits_19#1 : !quantum.reg, !quantum.bit
    %36 = memref.load %collapse_shape_11[] : memref<i64, strided<[], offset: 6>>
    %37 = quantum.extract %35[%36] : !quantum.reg -> !quantum.bit
    %38 = memref.load %collapse_shape_13[] : memref<i64, strided<[], offset: 7>>
    %39 = quantum.extract %35[%38] : !quantum.reg -> !quantum.bit
    %40 = memref.load %alloca[] : memref<index>
    %41 = index.add %40, %idx1
    memref.store %41, %alloca[] : memref<index>
    %42 = memref.load %arg3[%40] : memref<?xf64>
    %out_qubits_20:2 = quantum.multirz(%42) %37, %39 : !quantum.bit, !quantum.bit
    %43 = quantum.insert %35[%36], %out_qubits_20#0 : !quantum.reg, !quantum.bit
    %44 = quantum.insert %43[%38], %out_qubits_20#1 : !quantum.reg, !quantum.bit
    %45 = quantum.extract %44[ 3] : !quantum.reg -> !quantum.bit
    %46 = memref.load %alloca[] : memref<index>
    %47 = index.add %46, %idx1
    memref.store %47, %alloca[] : memref<index>
    %48 = memref.load %arg3[%46] : memref<?xf64>
    %out_qubits_21 = quantum.custom "RX"(%48) %45 : !quantum.bit
    %49 = quantum.extract %44[ 2] : !quantum.reg -> !quantum.bit
    %50 = memref.load %alloca[] : memref<index>
    %51 = index.add %50, %idx1
    memref.store %51, %alloca[] : memref<index>
    %52 = memref.load %arg3[%50] : memref<?xf64>
    %out_qubits_22 = quantum.custom "RX"(%52) %49 : !quantum.bit
    %53 = quantum.extract %44[ 1] : !quantum.reg -> !quantum.bit
    %54 = memref.load %alloca[] : memref<index>
    %55 = index.add %54, %idx1
    memref.store %55, %alloca[] : memref<index>
    %56 = memref.load %arg3[%54] : memref<?xf64>
    %out_qubits_23 = quantum.custom "RX"(%56) %53 : !quantum.bit
    %57 = quantum.extract %44[ 0] : !quantum.reg -> !quantum.bit
    %58 = memref.load %alloca[] : memref<index>
    %59 = index.add %58, %idx1
    memref.store %59, %alloca[] : memref<index>
    %60 = memref.load %arg3[%58] : memref<?xf64>
    %out_qubits_24 = quantum.custom "RX"(%60) %57 : !quantum.bit
    %61 = quantum.insert %44[ 0], %out_qubits_24 : !quantum.reg, !quantum.bit
    %62 = quantum.insert %61[ 1], %out_qubits_23 : !quantum.reg, !quantum.bit
    %63 = quantum.insert %62[ 2], %out_qubits_22 : !quantum.reg, !quantum.bit
    %64 = quantum.insert %63[ 3], %out_qubits_21 : !quantum.reg, !quantum.bit
    %65 = quantum.extract %64[%9] : !quantum.reg -> !quantum.bit
    %66 = quantum.extract %64[%11] : !quantum.reg -> !quantum.bit
    %67 = memref.load %alloca[] : memref<index>
    %68 = index.add %67, %idx1
    memref.store %68, %alloca[] : memref<index>
    %69 = memref.load %arg3[%67] : memref<?xf64>
    %out_qubits_25:2 = quantum.multirz(%69) %65, %66 : !quantum.bit, !quantum.bit
    %70 = quantum.insert %64[%9], %out_qubits_25#0 : !quantum.reg, !quantum.bit
    %71 = quantum.insert %70[%11], %out_qubits_25#1 : !quantum.reg, !quantum.bit
    %72 = quantum.extract %71[%18] : !quantum.reg -> !quantum.bit
    %73 = quantum.extract %71[%20] : !quantum.reg -> !quantum.bit
    %74 = memref.load %alloca[] : memref<index>
    %75 = index.add %74, %idx1
    memref.store %75, %alloca[] : memref<index>
    %76 = memref.load %arg3[%74] : memref<?xf64>
    %out_qubits_26:2 = quantum.multirz(%76) %72, %73 : !quantum.bit, !quantum.bit
    %77 = quantum.insert %71[%18], %out_qubits_26#0 : !quantum.reg, !quantum.bit
    %78 = quantum.insert %77[%20], %out_qubits_26#1 : !quantum.reg, !quantum.bit
    %79 = quantum.extract %78[%27] : !quantum.reg -> !quantum.bit
    %80 = quantum.extract %78[%29] : !quantum.reg -> !quantum.bit
    %81 = memref.load %alloca[] : memref<index>
    %82 = index.add %81, %idx1
    memref.store %82, %alloca[] : memref<index>
    %83 = memref.load %arg3[%81] : memref<?xf64>
    %out_qubits_27:2 = quantum.multirz(%83) %79, %80 : !quantum.bit, !quantum.bit
    %84 = quantum.insert %78[%27], %out_qubits_27#0 : !quantum.reg, !quantum.bit
    %85 = quantum.insert %84[%29], %out_qubits_27#1 : !quantum.reg, !quantum.bit
    %86 = quantum.extract %85[%36] : !quantum.reg -> !quantum.bit
    %87 = quantum.extract %85[%38] : !quantum.reg -> !quantum.bit
    %88 = memref.load %alloca[] : memref<index>
    %89 = index.add %88, %idx1
    memref.store %89, %alloca[] : memref<index>
    %90 = memref.load %arg3[%88] : memref<?xf64>
    %out_qubits_28:2 = quantum.multirz(%90) %86, %87 : !quantum.bit, !quantum.bit
    %91 = quantum.insert %85[%36], %out_qubits_28#0 : !quantum.reg, !quantum.bit
    %92 = quantum.insert %91[%38], %out_qubits_28#1 : !quantum.reg, !quantum.bit
    %93 = quantum.extract %92[ 3] : !quantum.reg -> !quantum.bit
    %94 = memref.load %alloca[] : memref<index>
    %95 = index.add %94, %idx1
    memref.store %95, %alloca[] : memref<index>
    %96 = memref.load %arg3[%94] : memref<?xf64>
    %out_qubits_29 = quantum.custom "RX"(%96) %93 : !quantum.bit
    %97 = quantum.extract %92[ 2] : !quantum.reg -> !quantum.bit
    %98 = memref.load %alloca[] : memref<index>
    %99 = index.add %98, %idx1
    memref.store %99, %alloca[] : memref<index>
    %100 = memref.load %arg3[%98] : memref<?xf64>
    %out_qubits_30 = quantum.custom "RX"(%100) %97 : !quantum.bit
    %101 = quantum.extract %92[ 1] : !quantum.reg -> !quantum.bit
    %102 = memref.load %alloca[] : memref<index>
    %103 = index.add %102, %idx1
    memref.store %103, %alloca[] : memref<index>
    %104 = memref.load %arg3[%102] : memref<?xf64>
    %out_qubits_31 = quantum.custom "RX"(%104) %101 : !quantum.bit
    %105 = quantum.extract %92[ 0] : !quantum.reg -> !quantum.bit
    %106 = memref.load %alloca[] : memref<index>
    %107 = index.add %106, %idx1
    memref.store %107, %alloca[] : memref<index>
    %108 = memref.load %arg3[%106] : memref<?xf64>
    %out_qubits_32 = quantum.custom "RX"(%108) %105 : !quantum.bit
    %109 = quantum.insert %92[ 0], %out_qubits_32 : !quantum.reg, !quantum.bit
    %110 = quantum.insert %109[ 1], %out_qubits_31 : !quantum.reg, !quantum.bit
    %111 = quantum.insert %110[ 2], %out_qubits_30 : !quantum.reg, !quantum.bit
    %112 = quantum.insert %111[ 3], %out_qubits_29 : !quantum.reg, !quantum.bit
    %113 = quantum.extract %112[%9] : !quantum.reg -> !quantum.bit
    %114 = quantum.extract %112[%11] : !quantum.reg -> !quantum.bit
    %115 = memref.load %alloca[] : memref<index>
    %116 = index.add %115, %idx1
    memref.store %116, %alloca[] : memref<index>
    %117 = memref.load %arg3[%115] : memref<?xf64>
    %out_qubits_33:2 = quantum.multirz(%117) %113, %114 : !quantum.bit, !quantum.bit
    %118 = quantum.insert %112[%9], %out_qubits_33#0 : !quantum.reg, !quantum.bit
    %119 = quantum.insert %118[%11], %out_qubits_33#1 : !quantum.reg, !quantum.bit
    %120 = quantum.extract %119[%18] : !quantum.reg -> !quantum.bit
    %121 = quantum.extract %119[%20] : !quantum.reg -> !quantum.bit
    %122 = memref.load %alloca[] : memref<index>
    %123 = index.add %122, %idx1
    memref.store %123, %alloca[] : memref<index>
    %124 = memref.load %arg3[%122] : memref<?xf64>
    %out_qubits_34:2 = quantum.multirz(%124) %120, %121 : !quantum.bit, !quantum.bit
    %125 = quantum.insert %119[%18], %out_qubits_34#0 : !quantum.reg, !quantum.bit
    %126 = quantum.insert %125[%20], %out_qubits_34#1 : !quantum.reg, !quantum.bit
    %127 = quantum.extract %126[%27] : !quantum.reg -> !quantum.bit
    %128 = quantum.extract %126[%29] : !quantum.reg -> !quantum.bit
    %129 = memref.load %alloca[] : memref<index>
    %130 = index.add %129, %idx1
    memref.store %130, %alloca[] : memref<index>
    %131 = memref.load %arg3[%129] : memref<?xf64>
    %out_qubits_35:2 = quantum.multirz(%131) %127, %128 : !quantum.bit, !quantum.bit
    %132 = quantum.insert %126[%27], %out_qubits_35#0 : !quantum.reg, !quantum.bit
    %133 = quantum.insert %132[%29], %out_qubits_35#1 : !quantum.reg, !quantum.bit
    %134 = quantum.extract %133[%36] : !quantum.reg -> !quantum.bit
    %135 = quantum.extract %133[%38] : !quantum.reg -> !quantum.bit
    %136 = memref.load %alloca[] : memref<index>
    %137 = index.add %136, %idx1
    memref.store %137, %alloca[] : memref<index>
    %138 = memref.load %arg3[%136] : memref<?xf64>
    %out_qubits_36:2 = quantum.multirz(%138) %134, %135 : !quantum.bit, !quantum.bit
    %139 = quantum.insert %133[%36], %out_qubits_36#0 : !quantum.reg, !quantum.bit
    %140 = quantum.insert %139[%38], %out_qubits_36#1 : !quantum.reg, !quantum.bit
    %141 = quantum.extract %140[ 0] : !quantum.reg -> !quantum.bit
    %142 = memref.load %alloca[] : memref<index>
    %143 = index.add %142, %idx1
    memref.store %143, %alloca[] : memref<index>
    %144 = memref.load %arg3[%142] : memref<?xf64>
    %out_qubits_37 = quantum.custom "RX"(%144) %141 : !quantum.bit
    %145 = quantum.extract %140[ 1] : !quantum.reg -> !quantum.bit
    %146 = memref.load %alloca[] : memref<index>
    %147 = index.add %146, %idx1
    memref.store %147, %alloca[] : memref<index>
    %148 = memref.load %arg3[%146] : memref<?xf64>
    %out_qubits_38 = quantum.custom "RX"(%148) %145 : !quantum.bit
    %149 = quantum.extract %140[ 2] : !quantum.reg -> !quantum.bit
    %150 = memref.load %alloca[] : memref<index>
    %151 = index.add %150, %idx1
    memref.store %151, %alloca[] : memref<index>
    %152 = memref.load %arg3[%150] : memref<?xf64>
    %out_qubits_39 = quantum.custom "RX"(%152) %149 : !quantum.bit
    %153 = quantum.extract %140[ 3] : !quantum.reg -> !quantum.bit
    %154 = memref.load %alloca[] : memref<index>
    %155 = index.add %154, %idx1
    memref.store %155, %alloca[] : memref<index>
    %156 = memref.load %arg3[%154] : memref<?xf64>
    %out_qubits_40 = quantum.custom "RX"(%156) %153 : !quantum.bit
    %157 = quantum.insert %140[ 0], %out_qubits_37 : !quantum.reg, !quantum.bit
    %158 = quantum.insert %157[ 1], %out_qubits_38 : !quantum.reg, !quantum.bit
    %159 = quantum.insert %158[ 2], %out_qubits_39 : !quantum.reg, !quantum.bit
    %160 = quantum.insert %159[ 3], %out_qubits_40 : !quantum.reg, !quantum.bit
    %161 = quantum.extract %160[%9] : !quantum.reg -> !quantum.bit
    %162 = quantum.namedobs %161[ PauliZ] : !quantum.obs
    %163 = quantum.insert %160[%9], %161 : !quantum.reg, !quantum.bit
    %164 = quantum.extract %163[%11] : !quantum.reg -> !quantum.bit
    %165 = quantum.namedobs %164[ PauliZ] : !quantum.obs
    %166 = quantum.tensor %162, %165 : !quantum.obs
    %167 = quantum.insert %163[%11], %164 : !quantum.reg, !quantum.bit
    %168 = quantum.extract %167[%18] : !quantum.reg -> !quantum.bit
    %169 = quantum.namedobs %168[ PauliZ] : !quantum.obs
    %170 = quantum.insert %167[%18], %168 : !quantum.reg, !quantum.bit
    %171 = quantum.extract %170[%20] : !quantum.reg -> !quantum.bit
    %172 = quantum.namedobs %171[ PauliZ] : !quantum.obs
    %173 = quantum.tensor %169, %172 : !quantum.obs
    %174 = quantum.insert %170[%20], %171 : !quantum.reg, !quantum.bit
    %175 = quantum.extract %174[%27] : !quantum.reg -> !quantum.bit
    %176 = quantum.namedobs %175[ PauliZ] : !quantum.obs
    %177 = quantum.insert %174[%27], %175 : !quantum.reg, !quantum.bit
    %178 = quantum.extract %177[%29] : !quantum.reg -> !quantum.bit
    %179 = quantum.namedobs %178[ PauliZ] : !quantum.obs
    %180 = quantum.tensor %176, %179 : !quantum.obs
    %181 = quantum.insert %177[%29], %178 : !quantum.reg, !quantum.bit
    %182 = quantum.extract %181[%36] : !quantum.reg -> !quantum.bit
    %183 = quantum.namedobs %182[ PauliZ] : !quantum.obs
    %184 = quantum.insert %181[%36], %182 : !quantum.reg, !quantum.bit
    %185 = quantum.extract %184[%38] : !quantum.reg -> !quantum.bit
    %186 = quantum.namedobs %185[ PauliZ] : !quantum.obs
    %187 = quantum.tensor %183, %186 : !quantum.obs
    %188 = quantum.hamiltonian(%arg1 : memref<4xf64>) %166, %173, %180, %187 : !quantum.obs
    %189 = quantum.expval %188 : f64
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<f64>
    memref.store %189, %alloc[] : memref<f64>
    %190 = quantum.insert %184[%38], %185 : !quantum.reg, !quantum.bit
    quantum.dealloc %190 : !quantum.reg
    quantum.device_release
    return %alloc : memref<f64>
  }
  func.func private @energy_0.preprocess(%arg0: memref<2x3xf64>, %arg1: memref<4xf64>, %arg2: memref<4x2xi64>, %arg3: index) -> memref<f64> {
    %cst = arith.constant 2.000000e+00 : f64
    %idx1 = index.constant 1
    %idx0 = index.constant 0
    %alloc = memref.alloc(%arg3) : memref<?xf64>
    %alloca = memref.alloca() : memref<index>
    memref.store %idx0, %alloca[] : memref<index>
    %subview = memref.subview %arg0[1, 2] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 5>>
    %collapse_shape = memref.collapse_shape %subview [] : memref<1x1xf64, strided<[3, 1], offset: 5>> into memref<f64, strided<[], offset: 5>>
    %0 = memref.load %collapse_shape[] : memref<f64, strided<[], offset: 5>>
    %1 = arith.mulf %0, %cst : f64
    %subview_0 = memref.subview %arg0[0, 2] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 2>>
    %collapse_shape_1 = memref.collapse_shape %subview_0 [] : memref<1x1xf64, strided<[3, 1], offset: 2>> into memref<f64, strided<[], offset: 2>>
    %2 = memref.load %collapse_shape_1[] : memref<f64, strided<[], offset: 2>>
    %3 = arith.mulf %2, %cst : f64
    %subview_2 = memref.subview %arg1[3] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1], offset: 3>>
    %collapse_shape_3 = memref.collapse_shape %subview_2 [] : memref<1xf64, strided<[1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %4 = memref.load %collapse_shape_3[] : memref<f64, strided<[], offset: 3>>
    %5 = arith.mulf %3, %4 : f64
    %subview_4 = memref.subview %arg1[2] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1], offset: 2>>
    %collapse_shape_5 = memref.collapse_shape %subview_4 [] : memref<1xf64, strided<[1], offset: 2>> into memref<f64, strided<[], offset: 2>>
    %6 = memref.load %collapse_shape_5[] : memref<f64, strided<[], offset: 2>>
    %7 = arith.mulf %3, %6 : f64
    %subview_6 = memref.subview %arg1[1] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1], offset: 1>>
    %collapse_shape_7 = memref.collapse_shape %subview_6 [] : memref<1xf64, strided<[1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %8 = memref.load %collapse_shape_7[] : memref<f64, strided<[], offset: 1>>
    %9 = arith.mulf %3, %8 : f64
    %subview_8 = memref.subview %arg1[0] [1] [1] : memref<4xf64> to memref<1xf64, strided<[1]>>
    %collapse_shape_9 = memref.collapse_shape %subview_8 [] : memref<1xf64, strided<[1]>> into memref<f64>
    %10 = memref.load %collapse_shape_9[] : memref<f64>
    %11 = arith.mulf %3, %10 : f64
    %subview_10 = memref.subview %arg0[1, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 4>>
    %collapse_shape_11 = memref.collapse_shape %subview_10 [] : memref<1x1xf64, strided<[3, 1], offset: 4>> into memref<f64, strided<[], offset: 4>>
    %12 = memref.load %collapse_shape_11[] : memref<f64, strided<[], offset: 4>>
    %13 = arith.mulf %12, %cst : f64
    %subview_12 = memref.subview %arg0[0, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 1>>
    %collapse_shape_13 = memref.collapse_shape %subview_12 [] : memref<1x1xf64, strided<[3, 1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %14 = memref.load %collapse_shape_13[] : memref<f64, strided<[], offset: 1>>
    %15 = arith.mulf %14, %cst : f64
    %16 = arith.mulf %15, %4 : f64
    %17 = arith.mulf %15, %6 : f64
    %18 = arith.mulf %15, %8 : f64
    %19 = arith.mulf %15, %10 : f64
    %subview_14 = memref.subview %arg0[1, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 3>>
    %collapse_shape_15 = memref.collapse_shape %subview_14 [] : memref<1x1xf64, strided<[3, 1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %20 = memref.load %collapse_shape_15[] : memref<f64, strided<[], offset: 3>>
    %21 = arith.mulf %20, %cst : f64
    %subview_16 = memref.subview %arg0[0, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1]>>
    %collapse_shape_17 = memref.collapse_shape %subview_16 [] : memref<1x1xf64, strided<[3, 1]>> into memref<f64, strided<[]>>
    %22 = memref.load %collapse_shape_17[] : memref<f64, strided<[]>>
    %23 = arith.mulf %22, %cst : f64
    %24 = arith.mulf %23, %4 : f64
    %25 = arith.mulf %23, %6 : f64
    %26 = arith.mulf %23, %8 : f64
    %27 = arith.mulf %23, %10 : f64
    %28 = memref.load %alloca[] : memref<index>
    memref.store %27, %alloc[%28] : memref<?xf64>
    %29 = index.add %28, %idx1
    memref.store %29, %alloca[] : memref<index>
    %30 = memref.load %alloca[] : memref<index>
    memref.store %26, %alloc[%30] : memref<?xf64>
    %31 = index.add %30, %idx1
    memref.store %31, %alloca[] : memref<index>
    %32 = memref.load %alloca[] : memref<index>
    memref.store %25, %alloc[%32] : memref<?xf64>
    %33 = index.add %32, %idx1
    memref.store %33, %alloca[] : memref<index>
    %34 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%34] : memref<?xf64>
    %35 = index.add %34, %idx1
    memref.store %35, %alloca[] : memref<index>
    %36 = memref.load %alloca[] : memref<index>
    memref.store %21, %alloc[%36] : memref<?xf64>
    %37 = index.add %36, %idx1
    memref.store %37, %alloca[] : memref<index>
    %38 = memref.load %alloca[] : memref<index>
    memref.store %21, %alloc[%38] : memref<?xf64>
    %39 = index.add %38, %idx1
    memref.store %39, %alloca[] : memref<index>
    %40 = memref.load %alloca[] : memref<index>
    memref.store %21, %alloc[%40] : memref<?xf64>
    %41 = index.add %40, %idx1
    memref.store %41, %alloca[] : memref<index>
    %42 = memref.load %alloca[] : memref<index>
    memref.store %21, %alloc[%42] : memref<?xf64>
    %43 = index.add %42, %idx1
    memref.store %43, %alloca[] : memref<index>
    %44 = memref.load %alloca[] : memref<index>
    memref.store %19, %alloc[%44] : memref<?xf64>
    %45 = index.add %44, %idx1
    memref.store %45, %alloca[] : memref<index>
    %46 = memref.load %alloca[] : memref<index>
    memref.store %18, %alloc[%46] : memref<?xf64>
    %47 = index.add %46, %idx1
    memref.store %47, %alloca[] : memref<index>
    %48 = memref.load %alloca[] : memref<index>
    memref.store %17, %alloc[%48] : memref<?xf64>
    %49 = index.add %48, %idx1
    memref.store %49, %alloca[] : memref<index>
    %50 = memref.load %alloca[] : memref<index>
    memref.store %16, %alloc[%50] : memref<?xf64>
    %51 = index.add %50, %idx1
    memref.store %51, %alloca[] : memref<index>
    %52 = memref.load %alloca[] : memref<index>
    memref.store %13, %alloc[%52] : memref<?xf64>
    %53 = index.add %52, %idx1
    memref.store %53, %alloca[] : memref<index>
    %54 = memref.load %alloca[] : memref<index>
    memref.store %13, %alloc[%54] : memref<?xf64>
    %55 = index.add %54, %idx1
    memref.store %55, %alloca[] : memref<index>
    %56 = memref.load %alloca[] : memref<index>
    memref.store %13, %alloc[%56] : memref<?xf64>
    %57 = index.add %56, %idx1
    memref.store %57, %alloca[] : memref<index>
    %58 = memref.load %alloca[] : memref<index>
    memref.store %13, %alloc[%58] : memref<?xf64>
    %59 = index.add %58, %idx1
    memref.store %59, %alloca[] : memref<index>
    %60 = memref.load %alloca[] : memref<index>
    memref.store %11, %alloc[%60] : memref<?xf64>
    %61 = index.add %60, %idx1
    memref.store %61, %alloca[] : memref<index>
    %62 = memref.load %alloca[] : memref<index>
    memref.store %9, %alloc[%62] : memref<?xf64>
    %63 = index.add %62, %idx1
    memref.store %63, %alloca[] : memref<index>
    %64 = memref.load %alloca[] : memref<index>
    memref.store %7, %alloc[%64] : memref<?xf64>
    %65 = index.add %64, %idx1
    memref.store %65, %alloca[] : memref<index>
    %66 = memref.load %alloca[] : memref<index>
    memref.store %5, %alloc[%66] : memref<?xf64>
    %67 = index.add %66, %idx1
    memref.store %67, %alloca[] : memref<index>
    %68 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%68] : memref<?xf64>
    %69 = index.add %68, %idx1
    memref.store %69, %alloca[] : memref<index>
    %70 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%70] : memref<?xf64>
    %71 = index.add %70, %idx1
    memref.store %71, %alloca[] : memref<index>
    %72 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%72] : memref<?xf64>
    %73 = index.add %72, %idx1
    memref.store %73, %alloca[] : memref<index>
    %74 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%74] : memref<?xf64>
    %75 = index.add %74, %idx1
    memref.store %75, %alloca[] : memref<index>
    %76 = call @energy_0.quantum(%arg0, %arg1, %arg2, %alloc) : (memref<2x3xf64>, memref<4xf64>, memref<4x2xi64>, memref<?xf64>) -> memref<f64>
    return %76 : memref<f64>
  }
  func.func private @energy_0.fullgrad0(%arg0: memref<2x3xf64>, %arg1: memref<4xf64>, %arg2: memref<4x2xi64>, %arg3: index) -> (memref<f64>, memref<2x3xf64>) {
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 1.000000e+00 : f64
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<f64>
    linalg.fill ins(%cst : f64) outs(%alloc : memref<f64>)
    memref.store %cst_0, %alloc[] : memref<f64>
    %alloc_1 = memref.alloc() : memref<2x3xf64>
    %alloc_2 = memref.alloc() : memref<f64>
    gradient.backprop @energy_0.preprocess(%arg0, %arg1, %arg2, %arg3) grad_out(%alloc_1 : memref<2x3xf64>) callee_out(%alloc_2 : memref<f64>) cotangents(%alloc : memref<f64>) {diffArgIndices = dense<0> : tensor<1xi64>, keepValueResults = true, resultSegmentSizes = array<i32: 0, 0>} : (memref<2x3xf64>, memref<4xf64>, memref<4x2xi64>, index) -> ()
    memref.dealloc %alloc : memref<f64>
    return %alloc_2, %alloc_1 : memref<f64>, memref<2x3xf64>
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