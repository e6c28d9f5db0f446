module @seg {
  memref.global "private" constant @__constant_xf64 : memref<f64> = dense<5.000000e-02> {alignment = 64 : i64}
  func.func public @jit_seg(%arg0: memref<2x3xf64>, %arg1: memref<21xf64>, %arg2: memref<21x2xi64>, %arg3: memref<i64>) -> memref<2x3xf64> attributes {llvm.copy_memref, llvm.emit_c_interface} {
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
      %9 = func.call @energy_0.pcount(%arg5, %arg1, %arg2) : (memref<2x3xf64>, memref<21xf64>, memref<21x2xi64>) -> index
      %10:2 = func.call @energy_0.fullgrad0(%arg5, %arg1, %arg2, %9) : (memref<2x3xf64>, memref<21xf64>, memref<21x2xi64>, index) -> (memref<f64>, memref<2x3xf64>)
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
  func.func public @energy_0(%arg0: memref<2x3xf64>, %arg1: memref<21xf64>, %arg2: memref<21x2xi64>) -> memref<f64> attributes {diff_method = "adjoint", llvm.linkage = #llvm.linkage<internal>, qnode} {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 2.000000e+00 : f64
    %subview = memref.subview %arg2[0, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1]>>
    %collapse_shape = memref.collapse_shape %subview [] : memref<1x1xi64, strided<[2, 1]>> into memref<i64, strided<[]>>
    %subview_0 = memref.subview %arg2[0, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 1>>
    %collapse_shape_1 = memref.collapse_shape %subview_0 [] : memref<1x1xi64, strided<[2, 1], offset: 1>> into memref<i64, strided<[], offset: 1>>
    %subview_2 = memref.subview %arg2[1, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 2>>
    %collapse_shape_3 = memref.collapse_shape %subview_2 [] : memref<1x1xi64, strided<[2, 1], offset: 2>> into memref<i64, strided<[], offset: 2>>
    %subview_4 = memref.subview %arg2[1, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 3>>
    %collapse_shape_5 = memref.collapse_shape %subview_4 [] : memref<1x1xi64, strided<[2, 1], offset: 3>> into memref<i64, strided<[], offset: 3>>
    %subview_6 = memref.subview %arg2[2, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 4>>
    %collapse_shape_7 = memref.collapse_shape %subview_6 [] : memref<1x1xi64, strided<[2, 1], offset: 4>> into memref<i64, strided<[], offset: 4>>
    %subview_8 = memref.subview %arg2[2, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 5>>
    %collapse_shape_9 = memref.collapse_shape %subview_8 [] : memref<1x1xi64, strided<[2, 1], offset: 5>> into memref<i64, strided<[], offset: 5>>
    %subview_10 = memref.subview %arg2[3, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 6>>
    %collapse_shape_11 = memref.collapse_shape %subview_10 [] : memref<1x1xi64, strided<[2, 1], offset: 6>> into memref<i64, strided<[], offset: 6>>
    %subview_12 = memref.subview %arg2[3, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 7>>
    %collapse_shape_13 = memref.collapse_shape %subview_12 [] : memref<1x1xi64, strided<[2, 1], offset: 7>> into memref<i64, strided<[], offset: 7>>
    %subview_14 = memref.subview %arg2[4, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 8>>
    %collapse_shape_15 = memref.collapse_shape %subview_14 [] : memref<1x1xi64, strided<[2, 1], offset: 8>> into memref<i64, strided<[], offset: 8>>
    %subview_16 = memref.subview %arg2[4, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 9>>
    %collapse_shape_17 = memref.collapse_shape %subview_16 [] : memref<1x1xi64, strided<[2, 1], offset: 9>> into memref<i64, strided<[], offset: 9>>
    %subview_18 = memref.subview %arg2[5, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 10>>
    %collapse_shape_19 = memref.collapse_shape %subview_18 [] : memref<1x1xi64, strided<[2, 1], offset: 10>> into memref<i64, strided<[], offset: 10>>
    %subview_20 = memref.subview %arg2[5, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 11>>
    %collapse_shape_21 = memref.collapse_shape %subview_20 [] : memref<1x1xi64, strided<[2, 1], offset: 11>> into memref<i64, strided<[], offset: 11>>
    %subview_22 = memref.subview %arg2[6, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 12>>
    %collapse_shape_23 = memref.collapse_shape %subview_22 [] : memref<1x1xi64, strided<[2, 1], offset: 12>> into memref<i64, strided<[], offset: 12>>
    %subview_24 = memref.subview %arg2[6, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 13>>
    %collapse_shape_25 = memref.collapse_shape %subview_24 [] : memref<1x1xi64, strided<[2, 1], offset: 13>> into memref<i64, strided<[], offset: 13>>
    %subview_26 = memref.subview %arg2[7, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 14>>
    %collapse_shape_27 = memref.collapse_shape %subview_26 [] : memref<1x1xi64, strided<[2, 1], offset: 14>> into memref<i64, strided<[], offset: 14>>
    %subview_28 = memref.subview %arg2[7, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 15>>
    %collapse_shape_29 = memref.collapse_shape %subview_28 [] : memref<1x1xi64, strided<[2, 1], offset: 15>> into memref<i64, strided<[], offset: 15>>
    %subview_30 = memref.subview %arg2[8, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 16>>
    %collapse_shape_31 = memref.collapse_shape %subview_30 [] : memref<1x1xi64, strided<[2, 1], offset: 16>> into memref<i64, strided<[], offset: 16>>
    %subview_32 = memref.subview %arg2[8, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 17>>
    %collapse_shape_33 = memref.collapse_shape %subview_32 [] : memref<1x1xi64, strided<[2, 1], offset: 17>> into memref<i64, strided<[], offset: 17>>
    %subview_34 = memref.subview %arg2[9, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 18>>
    %collapse_shape_35 = memref.collapse_shape %subview_34 [] : memref<1x1xi64, strided<[2, 1], offset: 18>> into memref<i64, strided<[], offset: 18>>
    %subview_36 = memref.subview %arg2[9, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 19>>
    %collapse_shape_37 = memref.collapse_shape %subview_36 [] : memref<1x1xi64, strided<[2, 1], offset: 19>> into memref<i64, strided<[], offset: 19>>
    %subview_38 = memref.subview %arg2[10, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 20>>
    %collapse_shape_39 = memref.collapse_shape %subview_38 [] : memref<1x1xi64, strided<[2, 1], offset: 20>> into memref<i64, strided<[], offset: 20>>
    %subview_40 = memref.subview %arg2[10, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 21>>
    %collapse_shape_41 = memref.collapse_shape %subview_40 [] : memref<1x1xi64, strided<[2, 1], offset: 21>> into memref<i64, strided<[], offset: 21>>
    %subview_42 = memref.subview %arg2[11, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 22>>
    %collapse_shape_43 = memref.collapse_shape %subview_42 [] : memref<1x1xi64, strided<[2, 1], offset: 22>> into memref<i64, strided<[], offset: 22>>
    %subview_44 = memref.subview %arg2[11, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 23>>
    %collapse_shape_45 = memref.collapse_shape %subview_44 [] : memref<1x1xi64, strided<[2, 1], offset: 23>> into memref<i64, strided<[], offset: 23>>
    %subview_46 = memref.subview %arg2[12, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 24>>
    %collapse_shape_47 = memref.collapse_shape %subview_46 [] : memref<1x1xi64, strided<[2, 1], offset: 24>> into memref<i64, strided<[], offset: 24>>
    %subview_48 = memref.subview %arg2[12, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 25>>
    %collapse_shape_49 = memref.collapse_shape %subview_48 [] : memref<1x1xi64, strided<[2, 1], offset: 25>> into memref<i64, strided<[], offset: 25>>
    %subview_50 = memref.subview %arg2[13, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 26>>
    %collapse_shape_51 = memref.collapse_shape %subview_50 [] : memref<1x1xi64, strided<[2, 1], offset: 26>> into memref<i64, strided<[], offset: 26>>
    %subview_52 = memref.subview %arg2[13, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 27>>
    %collapse_shape_53 = memref.collapse_shape %subview_52 [] : memref<1x1xi64, strided<[2, 1], offset: 27>> into memref<i64, strided<[], offset: 27>>
    %subview_54 = memref.subview %arg2[14, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 28>>
    %collapse_shape_55 = memref.collapse_shape %subview_54 [] : memref<1x1xi64, strided<[2, 1], offset: 28>> into memref<i64, strided<[], offset: 28>>
    %subview_56 = memref.subview %arg2[14, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 29>>
    %collapse_shape_57 = memref.collapse_shape %subview_56 [] : memref<1x1xi64, strided<[2, 1], offset: 29>> into memref<i64, strided<[], offset: 29>>
    %subview_58 = memref.subview %arg2[15, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 30>>
    %collapse_shape_59 = memref.collapse_shape %subview_58 [] : memref<1x1xi64, strided<[2, 1], offset: 30>> into memref<i64, strided<[], offset: 30>>
    %subview_60 = memref.subview %arg2[15, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 31>>
    %collapse_shape_61 = memref.collapse_shape %subview_60 [] : memref<1x1xi64, strided<[2, 1], offset: 31>> into memref<i64, strided<[], offset: 31>>
    %subview_62 = memref.subview %arg2[16, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 32>>
    %collapse_shape_63 = memref.collapse_shape %subview_62 [] : memref<1x1xi64, strided<[2, 1], offset: 32>> into memref<i64, strided<[], offset: 32>>
    %subview_64 = memref.subview %arg2[16, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 33>>
    %collapse_shape_65 = memref.collapse_shape %subview_64 [] : memref<1x1xi64, strided<[2, 1], offset: 33>> into memref<i64, strided<[], offset: 33>>
    %subview_66 = memref.subview %arg2[17, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 34>>
    %collapse_shape_67 = memref.collapse_shape %subview_66 [] : memref<1x1xi64, strided<[2, 1], offset: 34>> into memref<i64, strided<[], offset: 34>>
    %subview_68 = memref.subview %arg2[17, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 35>>
    %collapse_shape_69 = memref.collapse_shape %subview_68 [] : memref<1x1xi64, strided<[2, 1], offset: 35>> into memref<i64, strided<[], offset: 35>>
    %subview_70 = memref.subview %arg2[18, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 36>>
    %collapse_shape_71 = memref.collapse_shape %subview_70 [] : memref<1x1xi64, strided<[2, 1], offset: 36>> into memref<i64, strided<[], offset: 36>>
    %subview_72 = memref.subview %arg2[18, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 37>>
    %collapse_shape_73 = memref.collapse_shape %subview_72 [] : memref<1x1xi64, strided<[2, 1], offset: 37>> into memref<i64, strided<[], offset: 37>>
    %subview_74 = memref.subview %arg2[19, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 38>>
    %collapse_shape_75 = memref.collapse_shape %subview_74 [] : memref<1x1xi64, strided<[2, 1], offset: 38>> into memref<i64, strided<[], offset: 38>>
    %subview_76 = memref.subview %arg2[19, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 39>>
    %collapse_shape_77 = memref.collapse_shape %subview_76 [] : memref<1x1xi64, strided<[2, 1], offset: 39>> into memref<i64, strided<[], offset: 39>>
    %subview_78 = memref.subview %arg2[20, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 40>>
    %collapse_shape_79 = memref.collapse_shape %subview_78 [] : memref<1x1xi64, strided<[2, 1], offset: 40>> into memref<i64, strided<[], offset: 40>>
    %subview_80 = memref.subview %arg2[20, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 41>>
    %collapse_shape_81 = memref.collapse_shape %subview_80 [] : memref<1x1xi64, strided<[2, 1], offset: 41>> into memref<i64, strided<[], offset: 41>>
    %subview_82 = memref.subview %arg0[1, 2] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 5>>
    %collapse_shape_83 = memref.collapse_shape %subview_82 [] : memref<1x1xf64, strided<[3, 1], offset: 5>> into memref<f64, strided<[], offset: 5>>
    %0 = memref.load %collapse_shape_83[] : memref<f64, strided<[], offset: 5>>
    %1 = arith.mulf %0, %cst : f64
    %subview_84 = memref.subview %arg0[0, 2] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 2>>
    %collapse_shape_85 = memref.collapse_shape %subview_84 [] : memref<1x1xf64, strided<[3, 1], offset: 2>> into memref<f64, strided<[], offset: 2>>
    %2 = memref.load %collapse_shape_85[] : memref<f64, strided<[], offset: 2>>
    %3 = arith.mulf %2, %cst : f64
    %subview_86 = memref.subview %arg1[20] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 20>>
    %collapse_shape_87 = memref.collapse_shape %subview_86 [] : memref<1xf64, strided<[1], offset: 20>> into memref<f64, strided<[], offset: 20>>
    %4 = memref.load %collapse_shape_87[] : memref<f64, strided<[], offset: 20>>
    %5 = arith.mulf %3, %4 : f64
    %subview_88 = memref.subview %arg1[19] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 19>>
    %collapse_shape_89 = memref.collapse_shape %subview_88 [] : memref<1xf64, strided<[1], offset: 19>> into memref<f64, strided<[], offset: 19>>
    %6 = memref.load %collapse_shape_89[] : memref<f64, strided<[], offset: 19>>
    %7 = arith.mulf %3, %6 : f64
    %subview_90 = memref.subview %arg1[18] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 18>>
    %collapse_shape_91 = memref.collapse_shape %subview_90 [] : memref<1xf64, strided<[1], offset: 18>> into memref<f64, strided<[], offset: 18>>
    %8 = memref.load %collapse_shape_91[] : memref<f64, strided<[], offset: 18>>
    %9 = arith.mulf %3, %8 : f64
    %subview_92 = memref.subview %arg1[17] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 17>>
    %collapse_shape_93 = memref.collapse_shape %subview_92 [] : memref<1xf64, strided<[1], offset: 17>> into memref<f64, strided<[], offset: 17>>
    %10 = memref.load %collapse_shape_93[] : memref<f64, strided<[], offset: 17>>
    %11 = arith.mulf %3, %10 : f64
    %subview_94 = memref.subview %arg1[16] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 16>>
    %collapse_shape_95 = memref.collapse_shape %subview_94 [] : memref<1xf64, strided<[1], offset: 16>> into memref<f64, strided<[], offset: 16>>
    %12 = memref.load %collapse_shape_95[] : memref<f64, strided<[], offset: 16>>
    %13 = arith.mulf %3, %12 : f64
    %subview_96 = memref.subview %arg1[15] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 15>>
    %collapse_shape_97 = memref.collapse_shape %subview_96 [] : memref<1xf64, strided<[1], offset: 15>> into memref<f64, strided<[], offset: 15>>
    %14 = memref.load %collapse_shape_97[] : memref<f64, strided<[], offset: 15>>
    %15 = arith.mulf %3, %14 : f64
    %subview_98 = memref.subview %arg1[14] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 14>>
    %collapse_shape_99 = memref.collapse_shape %subview_98 [] : memref<1xf64, strided<[1], offset: 14>> into memref<f64, strided<[], offset: 14>>
    %16 = memref.load %collapse_shape_99[] : memref<f64, strided<[], offset: 14>>
    %17 = arith.mulf %3, %16 : f64
    %subview_100 = memref.subview %arg1[13] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 13>>
    %collapse_shape_101 = memref.collapse_shape %subview_100 [] : memref<1xf64, strided<[1], offset: 13>> into memref<f64, strided<[], offset: 13>>
    %18 = memref.load %collapse_shape_101[] : memref<f64, strided<[], offset: 13>>
    %19 = arith.mulf %3, %18 : f64
    %subview_102 = memref.subview %arg1[12] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 12>>
    %collapse_shape_103 = memref.collapse_shape %subview_102 [] : memref<1xf64, strided<[1], offset: 12>> into memref<f64, strided<[], offset: 12>>
    %20 = memref.load %collapse_shape_103[] : memref<f64, strided<[], offset: 12>>
    %21 = arith.mulf %3, %20 : f64
    %subview_104 = memref.subview %arg1[11] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 11>>
    %collapse_shape_105 = memref.collapse_shape %subview_104 [] : memref<1xf64, strided<[1], offset: 11>> into memref<f64, strided<[], offset: 11>>
    %22 = memref.load %collapse_shape_105[] : memref<f64, strided<[], offset: 11>>
    %23 = arith.mulf %3, %22 : f64
    %subview_106 = memref.subview %arg1[10] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 10>>
    %collapse_shape_107 = memref.collapse_shape %subview_106 [] : memref<1xf64, strided<[1], offset: 10>> into memref<f64, strided<[], offset: 10>>
    %24 = memref.load %collapse_shape_107[] : memref<f64, strided<[], offset: 10>>
    %25 = arith.mulf %3, %24 : f64
    %subview_108 = memref.subview %arg1[9] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 9>>
    %collapse_shape_109 = memref.collapse_shape %subview_108 [] : memref<1xf64, strided<[1], offset: 9>> into memref<f64, strided<[], offset: 9>>
    %26 = memref.load %collapse_shape_109[] : memref<f64, strided<[], offset: 9>>
    %27 = arith.mulf %3, %26 : f64
    %subview_110 = memref.subview %arg1[8] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 8>>
    %collapse_shape_111 = memref.collapse_shape %subview_110 [] : memref<1xf64, strided<[1], offset: 8>> into memref<f64, strided<[], offset: 8>>
    %28 = memref.load %collapse_shape_111[] : memref<f64, strided<[], offset: 8>>
    %29 = arith.mulf %3, %28 : f64
    %subview_112 = memref.subview %arg1[7] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 7>>
    %collapse_shape_113 = memref.collapse_shape %subview_112 [] : memref<1xf64, strided<[1], offset: 7>> into memref<f64, strided<[], offset: 7>>
    %30 = memref.load %collapse_shape_113[] : memref<f64, strided<[], offset: 7>>
    %31 = arith.mulf %3, %30 : f64
    %subview_114 = memref.subview %arg1[6] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 6>>
    %collapse_shape_115 = memref.collapse_shape %subview_114 [] : memref<1xf64, strided<[1], offset: 6>> into memref<f64, strided<[], offset: 6>>
    %32 = memref.load %collapse_shape_115[] : memref<f64, strided<[], offset: 6>>
    %33 = arith.mulf %3, %32 : f64
    %subview_116 = memref.subview %arg1[5] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 5>>
    %collapse_shape_117 = memref.collapse_shape %subview_116 [] : memref<1xf64, strided<[1], offset: 5>> into memref<f64, strided<[], offset: 5>>
    %34 = memref.load %collapse_shape_117[] : memref<f64, strided<[], offset: 5>>
    %35 = arith.mulf %3, %34 : f64
    %subview_118 = memref.subview %arg1[4] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 4>>
    %collapse_shape_119 = memref.collapse_shape %subview_118 [] : memref<1xf64, strided<[1], offset: 4>> into memref<f64, strided<[], offset: 4>>
    %36 = memref.load %collapse_shape_119[] : memref<f64, strided<[], offset: 4>>
    %37 = arith.mulf %3, %36 : f64
    %subview_120 = memref.subview %arg1[3] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 3>>
    %collapse_shape_121 = memref.collapse_shape %subview_120 [] : memref<1xf64, strided<[1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %38 = memref.load %collapse_shape_121[] : memref<f64, strided<[], offset: 3>>
    %39 = arith.mulf %3, %38 : f64
    %subview_122 = memref.subview %arg1[2] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 2>>
    %collapse_shape_123 = memref.collapse_shape %subview_122 [] : memref<1xf64, strided<[1], offset: 2>> into memref<f64, strided<[], offset: 2>>
    %40 = memref.load %collapse_shape_123[] : memref<f64, strided<[], offset: 2>>
    %41 = arith.mulf %3, %40 : f64
    %subview_124 = memref.subview %arg1[1] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 1>>
    %collapse_shape_125 = memref.collapse_shape %subview_124 [] : memref<1xf64, strided<[1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %42 = memref.load %collapse_shape_125[] : memref<f64, strided<[], offset: 1>>
    %43 = arith.mulf %3, %42 : f64
    %subview_126 = memref.subview %arg1[0] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1]>>
    %collapse_shape_127 = memref.collapse_shape %subview_126 [] : memref<1xf64, strided<[1]>> into memref<f64>
    %44 = memref.load %collapse_shape_127[] : memref<f64>
    %45 = arith.mulf %3, %44 : f64
    %subview_128 = memref.subview %arg0[1, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 4>>
    %collapse_shape_129 = memref.collapse_shape %subview_128 [] : memref<1x1xf64, strided<[3, 1], offset: 4>> into memref<f64, strided<[], offset: 4>>
    %46 = memref.load %collapse_shape_129[] : memref<f64, strided<[], offset: 4>>
    %47 = arith.mulf %46, %cst : f64
    %subview_130 = memref.subview %arg0[0, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 1>>
    %collapse_shape_131 = memref.collapse_shape %subview_130 [] : memref<1x1xf64, strided<[3, 1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %48 = memref.load %collapse_shape_131[] : memref<f64, strided<[], offset: 1>>
    %49 = arith.mulf %48, %cst : f64
    %50 = arith.mulf %49, %4 : f64
    %51 = arith.mulf %49, %6 : f64
    %52 = arith.mulf %49, %8 : f64
    %53 = arith.mulf %49, %10 : f64
    %54 = arith.mulf %49, %12 : f64
    %55 = arith.mulf %49, %14 : f64
    %56 = arith.mulf %49, %16 : f64
    %57 = arith.mulf %49, %18 : f64
    %58 = arith.mulf %49, %20 : f64
    %59 = arith.mulf %49, %22 : f64
    %60 = arith.mulf %49, %24 : f64
    %61 = arith.mulf %49, %26 : f64
    %62 = arith.mulf %49, %28 : f64
    %63 = arith.mulf %49, %30 : f64
    %64 = arith.mulf %49, %32 : f64
    %65 = arith.mulf %49, %34 : f64
    %66 = arith.mulf %49, %36 : f64
    %67 = arith.mulf %49, %38 : f64
    %68 = arith.mulf %49, %40 : f64
    %69 = arith.mulf %49, %42 : f64
    %70 = arith.mulf %49, %44 : f64
    %subview_132 = memref.subview %arg0[1, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 3>>
    %collapse_shape_133 = memref.collapse_shape %subview_132 [] : memref<1x1xf64, strided<[3, 1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %71 = memref.load %collapse_shape_133[] : memref<f64, strided<[], offset: 3>>
    %72 = arith.mulf %71, %cst : f64
    %subview_134 = memref.subview %arg0[0, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1]>>
    %collapse_shape_135 = memref.collapse_shape %subview_134 [] : memref<1x1xf64, strided<[3, 1]>> into memref<f64, strided<[]>>
    %73 = memref.load %collapse_shape_135[] : memref<f64, strided<[]>>
    %74 = arith.mulf %73, %cst : f64
    %75 = arith.mulf %74, %4 : f64
    %76 = arith.mulf %74, %6 : f64
    %77 = arith.mulf %74, %8 : f64
    %78 = arith.mulf %74, %10 : f64
    %79 = arith.mulf %74, %12 : f64
    %80 = arith.mulf %74, %14 : f64
    %81 = arith.mulf %74, %16 : f64
    %82 = arith.mulf %74, %18 : f64
    %83 = arith.mulf %74, %20 : f64
    %84 = arith.mulf %74, %22 : f64
    %85 = arith.mulf %74, %24 : f64
    %86 = arith.mulf %74, %26 : f64
    %87 = arith.mulf %74, %28 : f64
    %88 = arith.mulf %74, %30 : f64
    %89 = arith.mulf %74, %32 : f64
    %90 = arith.mulf %74, %34 : f64
    %91 = arith.mulf %74, %36 : f64
    %92 = arith.mulf %74, %38 : f64
    %93 = arith.mulf %74, %40 : f64
    %94 = arith.mulf %74, %42 : f64
    %95 = arith.mulf %74, %44 : f64
    quantum.device shots(%c0_i64) ["/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", "LightningSimulator", "{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}"]
    %96 = quantum.alloc( 14) : !quantum.reg
    %97 = quantum.extract %96[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits = quantum.custom "Hadamard"() %97 : !quantum.bit
    %98 = quantum.extract %96[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_136 = quantum.custom "Hadamard"() %98 : !quantum.bit
    %99 = quantum.extract %96[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_137 = quantum.custom "Hadamard"() %99 : !quantum.bit
    %100 = quantum.extract %96[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_138 = quantum.custom "Hadamard"() %100 : !quantum.bit
    %101 = quantum.extract %96[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_139 = quantum.custom "Hadamard"() %101 : !quantum.bit
    %102 = quantum.extract %96[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_140 = quantum.custom "Hadamard"() %102 : !quantum.bit
    %103 = quantum.extract %96[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_141 = quantum.custom "Hadamard"() %103 : !quantum.bit
    %104 = quantum.extract %96[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_142 = quantum.custom "Hadamard"() %104 : !quantum.bit
    %105 = quantum.extract %96[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_143 = quantum.custom "Hadamard"() %105 : !quantum.bit
    %106 = quantum.extract %96[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_144 = quantum.custom "Hadamard"() %106 : !quantum.bit
    %107 = quantum.extract %96[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_145 = quantum.custom "Hadamard"() %107 : !quantum.bit
    %108 = quantum.extract %96[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_146 = quantum.custom "Hadamard"() %108 : !quantum.bit
    %109 = quantum.extract %96[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_147 = quantum.custom "Hadamard"() %109 : !quantum.bit
    %110 = quantum.extract %96[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_148 = quantum.custom "Hadamard"() %110 : !quantum.bit
    %111 = quantum.insert %96[ 0], %out_qubits_148 : !quantum.reg, !quantum.bit
    %112 = quantum.insert %111[ 1], %out_qubits_147 : !quantum.reg, !quantum.bit
    %113 = quantum.insert %112[ 2], %out_qubits_146 : !quantum.reg, !quantum.bit
    %114 = quantum.insert %113[ 3], %out_qubits_145 : !quantum.reg, !quantum.bit
    %115 = quantum.insert %114[ 4], %out_qubits_144 : !quantum.reg, !quantum.bit
    %116 = quantum.insert %115[ 5], %out_qubits_143 : !quantum.reg, !quantum.bit
    %117 = quantum.insert %116[ 6], %out_qubits_142 : !quantum.reg, !quantum.bit
    %118 = quantum.insert %117[ 7], %out_qubits_141 : !quantum.reg, !quantum.bit
    %119 = quantum.insert %118[ 8], %out_qubits_140 : !quantum.reg, !quantum.bit
    %120 = quantum.insert %119[ 9], %out_qubits_139 : !quantum.reg, !quantum.bit
    %121 = quantum.insert %120[ 10], %out_qubits_138 : !quantum.reg, !quantum.bit
    %122 = quantum.insert %121[ 11], %out_qubits_137 : !quantum.reg, !quantum.bit
    %123 = quantum.insert %122[ 12], %out_qubits_136 : !quantum.reg, !quantum.bit
    %124 = quantum.insert %123[ 13], %out_qubits : !quantum.reg, !quantum.bit
    %125 = memref.load %collapse_shape[] : memref<i64, strided<[]>>
    %126 = quantum.extract %124[%125] : !quantum.reg -> !quantum.bit
    %127 = memref.load %collapse_shape_1[] : memref<i64, strided<[], offset: 1>>
    %128 = quantum.extract %124[%127] : !quantum.reg -> !quantum.bit
    %out_qubits_149:2 = quantum.multirz(%95) %126, %128 : !quantum.bit, !quantum.bit
    %129 = quantum.insert %124[%125], %out_qubits_149#0 : !quantum.reg, !quantum.bit
    %130 = quantum.insert %129[%127], %out_qubits_149#1 : !quantum.reg, !quantum.bit
    %131 = memref.load %collapse_shape_3[] : memref<i64, strided<[], offset: 2>>
    %132 = quantum.extract %130[%131] : !quantum.reg -> !quantum.bit
    %133 = memref.load %collapse_shape_5[] : memref<i64, strided<[], offset: 3>>
    %134 = quantum.extract %130[%133] : !quantum.reg -> !quantum.bit
    %out_qubits_150:2 = quantum.multirz(%94) %132, %134 : !quantum.bit, !quantum.bit
    %135 = quantum.insert %130[%131], %out_qubits_150#0 : !quantum.reg, !quantum.bit
    %136 = quantum.insert %135[%133], %out_qubits_150#1 : !quantum.reg, !quantum.bit
    %137 = memref.load %collapse_shape_7[] : memref<i64, strided<[], offset: 4>>
    %138 = quantum.extract %136[%137] : !quantum.reg -> !quantum.bit
    %139 = memref.load %collapse_shape_9[] : memref<i64, strided<[], offset: 5>>
    %140 = quantum.extract %136[%139] : !quantum.reg -> !quantum.bit
    %out_qubits_151:2 = quantum.multirz(%93) %138, %140 : !quantum.bit, !quantum.bit
    %141 = quantum.insert %136[%137], %out_qubits_151#0 : !quantum.reg, !quantum.bit
    %142 = quantum.insert %141[%139], %out_qubits_151#1 : !quantum.reg, !quantum.bit
    %143 = memref.load %collapse_shape_11[] : memref<i64, strided<[], offset: 6>>
    %144 = quantum.extract %142[%143] : !quantum.reg -> !quantum.bit
    %145 = memref.load %collapse_shape_13[] : memref<i64, strided<[], offset: 7>>
    %146 = quantum.extract %142[%145] : !quantum.reg -> !quantum.bit
    %out_qubits_152:2 = quantum.multirz(%92) %144, %146 : !quantum.bit, !quantum.bit
    %147 = quantum.insert %142[%143], %out_qubits_152#0 : !quantum.reg, !quantum.bit
    %148 = quantum.insert %147[%145], %out_qubits_152#1 : !quantum.reg, !quantum.bit
    %149 = memref.load %collapse_shape_15[] : memref<i64, strided<[], offset: 8>>
    %150 = quantum.extract %148[%149] : !quantum.reg -> !quantum.bit
    %151 = memref.load %collapse_shape_17[] : memref<i64, strided<[], offset: 9>>
    %152 = quantum.extract %148[%151] : !quantum.reg -> !quantum.bit
    %out_qubits_153:2 = quantum.multirz(%91) %150, %152 : !quantum.bit, !quantum.bit
    %153 = quantum.insert %148[%149], %out_qubits_153#0 : !quantum.reg, !quantum.bit
    %154 = quantum.insert %153[%151], %out_qubits_153#1 : !quantum.reg, !quantum.bit
    %155 = memref.load %collapse_shape_19[] : memref<i64, strided<[], offset: 10>>
    %156 = quantum.extract %154[%155] : !quantum.reg -> !quantum.bit
    %157 = memref.load %collapse_shape_21[] : memref<i64, strided<[], offset: 11>>
    %158 = quantum.extract %154[%157] : !quantum.reg -> !quantum.bit
    %out_qubits_154:2 = quantum.multirz(%90) %156, %158 : !quantum.bit, !quantum.bit
    %159 = quantum.insert %154[%155], %out_qubits_154#0 : !quantum.reg, !quantum.bit
    %160 = quantum.insert %159[%157], %out_qubits_154#1 : !quantum.reg, !quantum.bit
    %161 = memref.load %collapse_shape_23[] : memref<i64, strided<[], offset: 12>>
    %162 = quantum.extract %160[%161] : !quantum.reg -> !quantum.bit
    %163 = memref.load %collapse_shape_25[] : memref<i64, strided<[], offset: 13>>
    %164 = quantum.extract %160[%163] : !quantum.reg -> !quantum.bit
    %out_qubits_155:2 = quantum.multirz(%89) %162, %164 : !quantum.bit, !quantum.bit
    %165 = quantum.insert %160[%161], %out_qubits_155#0 : !quantum.reg, !quantum.bit
    %166 = quantum.insert %165[%163], %out_qubits_155#1 : !quantum.reg, !quantum.bit
    %167 = memref.load %collapse_shape_27[] : memref<i64, strided<[], offset: 14>>
    %168 = quantum.extract %166[%167] : !quantum.reg -> !quantum.bit
    %169 = memref.load %collapse_shape_29[] : memref<i64, strided<[], offset: 15>>
    %170 = quantum.extract %166[%169] : !quantum.reg -> !quantum.bit
    %out_qubits_156:2 = quantum.multirz(%88) %168, %170 : !quantum.bit, !quantum.bit
    %171 = quantum.insert %166[%167], %out_qubits_156#0 : !quantum.reg, !quantum.bit
    %172 = quantum.insert %171[%169], %out_qubits_156#1 : !quantum.reg, !quantum.bit
    %173 = memref.load %collapse_shape_31[] : memref<i64, strided<[], offset: 16>>
    %174 = quantum.extract %172[%173] : !quantum.reg -> !quantum.bit
    %175 = memref.load %collapse_shape_33[] : memref<i64, strided<[], offset: 17>>
    %176 = quantum.extract %172[%175] : !quantum.reg -> !quantum.bit
    %out_qubits_157:2 = quantum.multirz(%87) %174, %176 : !quantum.bit, !quantum.bit
    %177 = quantum.insert %172[%173], %out_qubits_157#0 : !quantum.reg, !quantum.bit
    %178 = quantum.insert %177[%175], %out_qubits_157#1 : !quantum.reg, !quantum.bit
    %179 = memref.load %collapse_shape_35[] : memref<i64, strided<[], offset: 18>>
    %180 = quantum.extract %178[%179] : !quantum.reg -> !quantum.bit
    %181 = memref.load %collapse_shape_37[] : memref<i64, strided<[], offset: 19>>
    %182 = quantum.extract %178[%181] : !quantum.reg -> !quantum.bit
    %out_qubits_158:2 = quantum.multirz(%86) %180, %182 : !quantum.bit, !quantum.bit
    %183 = quantum.insert %178[%179], %out_qubits_158#0 : !quantum.reg, !quantum.bit
    %184 = quantum.insert %183[%181], %out_qubits_158#1 : !quantum.reg, !quantum.bit
    %185 = memref.load %collapse_shape_39[] : memref<i64, strided<[], offset: 20>>
    %186 = quantum.extract %184[%185] : !quantum.reg -> !quantum.bit
    %187 = memref.load %collapse_shape_41[] : memref<i64, strided<[], offset: 21>>
    %188 = quantum.extract %184[%187] : !quantum.reg -> !quantum.bit
    %out_qubits_159:2 = quantum.multirz(%85) %186, %188 : !quantum.bit, !quantum.bit
    %189 = quantum.insert %184[%185], %out_qubits_159#0 : !quantum.reg, !quantum.bit
    %190 = quantum.insert %189[%187], %out_qubits_159#1 : !quantum.reg, !quantum.bit
    %191 = memref.load %collapse_shape_43[] : memref<i64, strided<[], offset: 22>>
    %192 = quantum.extract %190[%191] : !quantum.reg -> !quantum.bit
    %193 = memref.load %collapse_shape_45[] : memref<i64, strided<[], offset: 23>>
    %194 = quantum.extract %190[%193] : !quantum.reg -> !quantum.bit
    %out_qubits_160:2 = quantum.multirz(%84) %192, %194 : !quantum.bit, !quantum.bit
    %195 = quantum.insert %190[%191], %out_qubits_160#0 : !quantum.reg, !quantum.bit
    %196 = quantum.insert %195[%193], %out_qubits_160#1 : !quantum.reg, !quantum.bit
    %197 = memref.load %collapse_shape_47[] : memref<i64, strided<[], offset: 24>>
    %198 = quantum.extract %196[%197] : !quantum.reg -> !quantum.bit
    %199 = memref.load %collapse_shape_49[] : memref<i64, strided<[], offset: 25>>
    %200 = quantum.extract %196[%199] : !quantum.reg -> !quantum.bit
    %out_qubits_161:2 = quantum.multirz(%83) %198, %200 : !quantum.bit, !quantum.bit
    %201 = quantum.insert %196[%197], %out_qubits_161#0 : !quantum.reg, !quantum.bit
    %202 = quantum.insert %201[%199], %out_qubits_161#1 : !quantum.reg, !quantum.bit
    %203 = memref.load %collapse_shape_51[] : memref<i64, strided<[], offset: 26>>
    %204 = quantum.extract %202[%203] : !quantum.reg -> !quantum.bit
    %205 = memref.load %collapse_shape_53[] : memref<i64, strided<[], offset: 27>>
    %206 = quantum.extract %202[%205] : !quantum.reg -> !quantum.bit
    %out_qubits_162:2 = quantum.multirz(%82) %204, %206 : !quantum.bit, !quantum.bit
    %207 = quantum.insert %202[%203], %out_qubits_162#0 : !quantum.reg, !quantum.bit
    %208 = quantum.insert %207[%205], %out_qubits_162#1 : !quantum.reg, !quantum.bit
    %209 = memref.load %collapse_shape_55[] : memref<i64, strided<[], offset: 28>>
    %210 = quantum.extract %208[%209] : !quantum.reg -> !quantum.bit
    %211 = memref.load %collapse_shape_57[] : memref<i64, strided<[], offset: 29>>
    %212 = quantum.extract %208[%211] : !quantum.reg -> !quantum.bit
    %out_qubits_163:2 = quantum.multirz(%81) %210, %212 : !quantum.bit, !quantum.bit
    %213 = quantum.insert %208[%209], %out_qubits_163#0 : !quantum.reg, !quantum.bit
    %214 = quantum.insert %213[%211], %out_qubits_163#1 : !quantum.reg, !quantum.bit
    %215 = memref.load %collapse_shape_59[] : memref<i64, strided<[], offset: 30>>
    %216 = quantum.extract %214[%215] : !quantum.reg -> !quantum.bit
    %217 = memref.load %collapse_shape_61[] : memref<i64, strided<[], offset: 31>>
    %218 = quantum.extract %214[%217] : !quantum.reg -> !quantum.bit
    %out_qubits_164:2 = quantum.multirz(%80) %216, %218 : !quantum.bit, !quantum.bit
    %219 = quantum.insert %214[%215], %out_qubits_164#0 : !quantum.reg, !quantum.bit
    %220 = quantum.insert %219[%217], %out_qubits_164#1 : !quantum.reg, !quantum.bit
    %221 = memref.load %collapse_shape_63[] : memref<i64, strided<[], offset: 32>>
    %222 = quantum.extract %220[%221] : !quantum.reg -> !quantum.bit
    %223 = memref.load %collapse_shape_65[] : memref<i64, strided<[], offset: 33>>
    %224 = quantum.extract %220[%223] : !quantum.reg -> !quantum.bit
    %out_qubits_165:2 = quantum.multirz(%79) %222, %224 : !quantum.bit, !quantum.bit
    %225 = quantum.insert %220[%221], %out_qubits_165#0 : !quantum.reg, !quantum.bit
    %226 = quantum.insert %225[%223], %out_qubits_165#1 : !quantum.reg, !quantum.bit
    %227 = memref.load %collapse_shape_67[] : memref<i64, strided<[], offset: 34>>
    %228 = quantum.extract %226[%227] : !quantum.reg -> !quantum.bit
    %229 = memref.load %collapse_shape_69[] : memref<i64, strided<[], offset: 35>>
    %230 = quantum.extract %226[%229] : !quantum.reg -> !quantum.bit
    %out_qubits_166:2 = quantum.multirz(%78) %228, %230 : !quantum.bit, !quantum.bit
    %231 = quantum.insert %226[%227], %out_qubits_166#0 : !quantum.reg, !quantum.bit
    %232 = quantum.insert %231[%229], %out_qubits_166#1 : !quantum.reg, !quantum.bit
    %233 = memref.load %collapse_shape_71[] : memref<i64, strided<[], offset: 36>>
    %234 = quantum.extract %232[%233] : !quantum.reg -> !quantum.bit
    %235 = memref.load %collapse_shape_73[] : memref<i64, strided<[], offset: 37>>
    %236 = quantum.extract %232[%235] : !quantum.reg -> !quantum.bit
    %out_qubits_167:2 = quantum.multirz(%77) %234, %236 : !quantum.bit, !quantum.bit
    %237 = quantum.insert %232[%233], %out_qubits_167#0 : !quantum.reg, !quantum.bit
    %238 = quantum.insert %237[%235], %out_qubits_167#1 : !quantum.reg, !quantum.bit
    %239 = memref.load %collapse_shape_75[] : memref<i64, strided<[], offset: 38>>
    %240 = quantum.extract %238[%239] : !quantum.reg -> !quantum.bit
    %241 = memref.load %collapse_shape_77[] : memref<i64, strided<[], offset: 39>>
    %242 = quantum.extract %238[%241] : !quantum.reg -> !quantum.bit
    %out_qubits_168:2 = quantum.multirz(%76) %240, %242 : !quantum.bit, !quantum.bit
    %243 = quantum.insert %238[%239], %out_qubits_168#0 : !quantum.reg, !quantum.bit
    %244 = quantum.insert %243[%241], %out_qubits_168#1 : !quantum.reg, !quantum.bit
    %245 = memref.load %collapse_shape_79[] : memref<i64, strided<[], offset: 40>>
    %246 = quantum.extract %244[%245] : !quantum.reg -> !quantum.bit
    %247 = memref.load %collapse_shape_81[] : memref<i64, strided<[], offset: 41>>
    %248 = quantum.extract %244[%247] : !quantum.reg -> !quantum.bit
    %out_qubits_169:2 = quantum.multirz(%75) %246, %248 : !quantum.bit, !quantum.bit
    %249 = quantum.insert %244[%245], %out_qubits_169#0 : !quantum.reg, !quantum.bit
    %250 = quantum.insert %249[%247], %out_qubits_169#1 : !quantum.reg, !quantum.bit
    %251 = quantum.extract %250[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_170 = quantum.custom "RX"(%72) %251 : !quantum.bit
    %252 = quantum.extract %250[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_171 = quantum.custom "RX"(%72) %252 : !quantum.bit
    %253 = quantum.extract %250[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_172 = quantum.custom "RX"(%72) %253 : !quantum.bit
    %254 = quantum.extract %250[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_173 = quantum.custom "RX"(%72) %254 : !quantum.bit
    %255 = quantum.extract %250[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_174 = quantum.custom "RX"(%72) %255 : !quantum.bit
    %256 = quantum.extract %250[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_175 = quantum.custom "RX"(%72) %256 : !quantum.bit
    %257 = quantum.extract %250[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_176 = quantum.custom "RX"(%72) %257 : !quantum.bit
    %258 = quantum.extract %250[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_177 = quantum.custom "RX"(%72) %258 : !quantum.bit
    %259 = quantum.extract %250[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_178 = quantum.custom "RX"(%72) %259 : !quantum.bit
    %260 = quantum.extract %250[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_179 = quantum.custom "RX"(%72) %260 : !quantum.bit
    %261 = quantum.extract %250[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_180 = quantum.custom "RX"(%72) %261 : !quantum.bit
    %262 = quantum.extract %250[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_181 = quantum.custom "RX"(%72) %262 : !quantum.bit
    %263 = quantum.extract %250[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_182 = quantum.custom "RX"(%72) %263 : !quantum.bit
    %264 = quantum.extract %250[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_183 = quantum.custom "RX"(%72) %264 : !quantum.bit
    %265 = quantum.insert %250[ 0], %out_qubits_183 : !quantum.reg, !quantum.bit
    %266 = quantum.insert %265[ 1], %out_qubits_182 : !quantum.reg, !quantum.bit
    %267 = quantum.insert %266[ 2], %out_qubits_181 : !quantum.reg, !quantum.bit
    %268 = quantum.insert %267[ 3], %out_qubits_180 : !quantum.reg, !quantum.bit
    %269 = quantum.insert %268[ 4], %out_qubits_179 : !quantum.reg, !quantum.bit
    %270 = quantum.insert %269[ 5], %out_qubits_178 : !quantum.reg, !quantum.bit
    %271 = quantum.insert %270[ 6], %out_qubits_177 : !quantum.reg, !quantum.bit
    %272 = quantum.insert %271[ 7], %out_qubits_176 : !quantum.reg, !quantum.bit
    %273 = quantum.insert %272[ 8], %out_qubits_175 : !quantum.reg, !quantum.bit
    %274 = quantum.insert %273[ 9], %out_qubits_174 : !quantum.reg, !quantum.bit
    %275 = quantum.insert %274[ 10], %out_qubits_173 : !quantum.reg, !quantum.bit
    %276 = quantum.insert %275[ 11], %out_qubits_172 : !quantum.reg, !quantum.bit
    %277 = quantum.insert %276[ 12], %out_qubits_171 : !quantum.reg, !quantum.bit
    %278 = quantum.insert %277[ 13], %out_qubits_170 : !quantum.reg, !quantum.bit
    %279 = quantum.extract %278[%125] : !quantum.reg -> !quantum.bit
    %280 = quantum.extract %278[%127] : !quantum.reg -> !quantum.bit
    %out_qubits_184:2 = quantum.multirz(%70) %279, %280 : !quantum.bit, !quantum.bit
    %281 = quantum.insert %278[%125], %out_qubits_184#0 : !quantum.reg, !quantum.bit
    %282 = quantum.insert %281[%127], %out_qubits_184#1 : !quantum.reg, !quantum.bit
    %283 = quantum.extract %282[%131] : !quantum.reg -> !quantum.bit
    %284 = quantum.extract %282[%133] : !quantum.reg -> !quantum.bit
    %out_qubits_185:2 = quantum.multirz(%69) %283, %284 : !quantum.bit, !quantum.bit
    %285 = quantum.insert %282[%131], %out_qubits_185#0 : !quantum.reg, !quantum.bit
    %286 = quantum.insert %285[%133], %out_qubits_185#1 : !quantum.reg, !quantum.bit
    %287 = quantum.extract %286[%137] : !quantum.reg -> !quantum.bit
    %288 = quantum.extract %286[%139] : !quantum.reg -> !quantum.bit
    %out_qubits_186:2 = quantum.multirz(%68) %287, %288 : !quantum.bit, !quantum.bit
    %289 = quantum.insert %286[%137], %out_qubits_186#0 : !quantum.reg, !quantum.bit
    %290 = quantum.insert %289[%139], %out_qubits_186#1 : !quantum.reg, !quantum.bit
    %291 = quantum.extract %290[%143] : !quantum.reg -> !quantum.bit
    %292 = quantum.extract %290[%145] : !quantum.reg -> !quantum.bit
    %out_qubits_187:2 = quantum.multirz(%67) %291, %292 : !quantum.bit, !quantum.bit
    %293 = quantum.insert %290[%143], %out_qubits_187#0 : !quantum.reg, !quantum.bit
    %294 = quantum.insert %293[%145], %out_qubits_187#1 : !quantum.reg, !quantum.bit
    %295 = quantum.extract %294[%149] : !quantum.reg -> !quantum.bit
    %296 = quantum.extract %294[%151] : !quantum.reg -> !quantum.bit
    %out_qubits_188:2 = quantum.multirz(%66) %295, %296 : !quantum.bit, !quantum.bit
    %297 = quantum.insert %294[%149], %out_qubits_188#0 : !quantum.reg, !quantum.bit
    %298 = quantum.insert %297[%151], %out_qubits_188#1 : !quantum.reg, !quantum.bit
    %299 = quantum.extract %298[%155] : !quantum.reg -> !quantum.bit
    %300 = quantum.extract %298[%157] : !quantum.reg -> !quantum.bit
    %out_qubits_189:2 = quantum.multirz(%65) %299, %300 : !quantum.bit, !quantum.bit
    %301 = quantum.insert %298[%155], %out_qubits_189#0 : !quantum.reg, !quantum.bit
    %302 = quantum.insert %301[%157], %out_qubits_189#1 : !quantum.reg, !quantum.bit
    %303 = quantum.extract %302[%161] : !quantum.reg -> !quantum.bit
    %304 = quantum.extract %302[%163] : !quantum.reg -> !quantum.bit
    %out_qubits_190:2 = quantum.multirz(%64) %303, %304 : !quantum.bit, !quantum.bit
    %305 = quantum.insert %302[%161], %out_qubits_190#0 : !quantum.reg, !quantum.bit
    %306 = quantum.insert %305[%163], %out_qubits_190#1 : !quantum.reg, !quantum.bit
    %307 = quantum.extract %306[%167] : !quantum.reg -> !quantum.bit
    %308 = quantum.extract %306[%169] : !quantum.reg -> !quantum.bit
    %out_qubits_191:2 = quantum.multirz(%63) %307, %308 : !quantum.bit, !quantum.bit
    %309 = quantum.insert %306[%167], %out_qubits_191#0 : !quantum.reg, !quantum.bit
    %310 = quantum.insert %309[%169], %out_qubits_191#1 : !quantum.reg, !quantum.bit
    %311 = quantum.extract %310[%173] : !quantum.reg -> !quantum.bit
    %312 = quantum.extract %310[%175] : !quantum.reg -> !quantum.bit
    %out_qubits_192:2 = quantum.multirz(%62) %311, %312 : !quantum.bit, !quantum.bit
    %313 = quantum.insert %310[%173], %out_qubits_192#0 : !quantum.reg, !quantum.bit
    %314 = quantum.insert %313[%175], %out_qubits_192#1 : !quantum.reg, !quantum.bit
    %315 = quantum.extract %314[%179] : !quantum.reg -> !quantum.bit
    %316 = quantum.extract %314[%181] : !quantum.reg -> !quantum.bit
    %out_qubits_193:2 = quantum.multirz(%61) %315, %316 : !quantum.bit, !quantum.bit
    %317 = quantum.insert %314[%179], %out_qubits_193#0 : !quantum.reg, !quantum.bit
    %318 = quantum.insert %317[%181], %out_qubits_193#1 : !quantum.reg, !quantum.bit
    %319 = quantum.extract %318[%185] : !quantum.reg -> !quantum.bit
    %320 = quantum.extract %318[%187] : !quantum.reg -> !quantum.bit
    %out_qubits_194:2 = quantum.multirz(%60) %319, %320 : !quantum.bit, !quantum.bit
    %321 = quantum.insert %318[%185], %out_qubits_194#0 : !quantum.reg, !quantum.bit
    %322 = quantum.insert %321[%187], %out_qubits_194#1 : !quantum.reg, !quantum.bit
    %323 = quantum.extract %322[%191] : !quantum.reg -> !quantum.bit
    %324 = quantum.extract %322[%193] : !quantum.reg -> !quantum.bit
    %out_qubits_195:2 = quantum.multirz(%59) %323, %324 : !quantum.bit, !quantum.bit
    %325 = quantum.insert %322[%191], %out_qubits_195#0 : !quantum.reg, !quantum.bit
    %326 = quantum.insert %325[%193], %out_qubits_195#1 : !quantum.reg, !quantum.bit
    %327 = quantum.extract %326[%197] : !quantum.reg -> !quantum.bit
    %328 = quantum.extract %326[%199] : !quantum.reg -> !quantum.bit
    %out_qubits_196:2 = quantum.multirz(%58) %327, %328 : !quantum.bit, !quantum.bit
    %329 = quantum.insert %326[%197], %out_qubits_196#0 : !quantum.reg, !quantum.bit
    %330 = quantum.insert %329[%199], %out_qubits_196#1 : !quantum.reg, !quantum.bit
    %331 = quantum.extract %330[%203] : !quantum.reg -> !quantum.bit
    %332 = quantum.extract %330[%205] : !quantum.reg -> !quantum.bit
    %out_qubits_197:2 = quantum.multirz(%57) %331, %332 : !quantum.bit, !quantum.bit
    %333 = quantum.insert %330[%203], %out_qubits_197#0 : !quantum.reg, !quantum.bit
    %334 = quantum.insert %333[%205], %out_qubits_197#1 : !quantum.reg, !quantum.bit
    %335 = quantum.extract %334[%209] : !quantum.reg -> !quantum.bit
    %336 = quantum.extract %334[%211] : !quantum.reg -> !quantum.bit
    %out_qubits_198:2 = quantum.multirz(%56) %335, %336 : !quantum.bit, !quantum.bit
    %337 = quantum.insert %334[%209], %out_qubits_198#0 : !quantum.reg, !quantum.bit
    %338 = quantum.insert %337[%211], %out_qubits_198#1 : !quantum.reg, !quantum.bit
    %339 = quantum.extract %338[%215] : !quantum.reg -> !quantum.bit
    %340 = quantum.extract %338[%217] : !quantum.reg -> !quantum.bit
    %out_qubits_199:2 = quantum.multirz(%55) %339, %340 : !quantum.bit, !quantum.bit
    %341 = quantum.insert %338[%215], %out_qubits_199#0 : !quantum.reg, !quantum.bit
    %342 = quantum.insert %341[%217], %out_qubits_199#1 : !quantum.reg, !quantum.bit
    %343 = quantum.extract %342[%221] : !quantum.reg -> !quantum.bit
    %344 = quantum.extract %342[%223] : !quantum.reg -> !quantum.bit
    %out_qubits_200:2 = quantum.multirz(%54) %343, %344 : !quantum.bit, !quantum.bit
    %345 = quantum.insert %342[%221], %out_qubits_200#0 : !quantum.reg, !quantum.bit
    %346 = quantum.insert %345[%223], %out_qubits_200#1 : !quantum.reg, !quantum.bit
    %347 = quantum.extract %346[%227] : !quantum.reg -> !quantum.bit
    %348 = quantum.extract %346[%229] : !quantum.reg -> !quantum.bit
    %out_qubits_201:2 = quantum.multirz(%53) %347, %348 : !quantum.bit, !quantum.bit
    %349 = quantum.insert %346[%227], %out_qubits_201#0 : !quantum.reg, !quantum.bit
    %350 = quantum.insert %349[%229], %out_qubits_201#1 : !quantum.reg, !quantum.bit
    %351 = quantum.extract %350[%233] : !quantum.reg -> !quantum.bit
    %352 = quantum.extract %350[%235] : !quantum.reg -> !quantum.bit
    %out_qubits_202:2 = quantum.multirz(%52) %351, %352 : !quantum.bit, !quantum.bit
    %353 = quantum.insert %350[%233], %out_qubits_202#0 : !quantum.reg, !quantum.bit
    %354 = quantum.insert %353[%235], %out_qubits_202#1 : !quantum.reg, !quantum.bit
    %355 = quantum.extract %354[%239] : !quantum.reg -> !quantum.bit
    %356 = quantum.extract %354[%241] : !quantum.reg -> !quantum.bit
    %out_qubits_203:2 = quantum.multirz(%51) %355, %356 : !quantum.bit, !quantum.bit
    %357 = quantum.insert %354[%239], %out_qubits_203#0 : !quantum.reg, !quantum.bit
    %358 = quantum.insert %357[%241], %out_qubits_203#1 : !quantum.reg, !quantum.bit
    %359 = quantum.extract %358[%245] : !quantum.reg -> !quantum.bit
    %360 = quantum.extract %358[%247] : !quantum.reg -> !quantum.bit
    %out_qubits_204:2 = quantum.multirz(%50) %359, %360 : !quantum.bit, !quantum.bit
    %361 = quantum.insert %358[%245], %out_qubits_204#0 : !quantum.reg, !quantum.bit
    %362 = quantum.insert %361[%247], %out_qubits_204#1 : !quantum.reg, !quantum.bit
    %363 = quantum.extract %362[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_205 = quantum.custom "RX"(%47) %363 : !quantum.bit
    %364 = quantum.extract %362[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_206 = quantum.custom "RX"(%47) %364 : !quantum.bit
    %365 = quantum.extract %362[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_207 = quantum.custom "RX"(%47) %365 : !quantum.bit
    %366 = quantum.extract %362[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_208 = quantum.custom "RX"(%47) %366 : !quantum.bit
    %367 = quantum.extract %362[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_209 = quantum.custom "RX"(%47) %367 : !quantum.bit
    %368 = quantum.extract %362[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_210 = quantum.custom "RX"(%47) %368 : !quantum.bit
    %369 = quantum.extract %362[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_211 = quantum.custom "RX"(%47) %369 : !quantum.bit
    %370 = quantum.extract %362[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_212 = quantum.custom "RX"(%47) %370 : !quantum.bit
    %371 = quantum.extract %362[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_213 = quantum.custom "RX"(%47) %371 : !quantum.bit
    %372 = quantum.extract %362[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_214 = quantum.custom "RX"(%47) %372 : !quantum.bit
    %373 = quantum.extract %362[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_215 = quantum.custom "RX"(%47) %373 : !quantum.bit
    %374 = quantum.extract %362[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_216 = quantum.custom "RX"(%47) %374 : !quantum.bit
    %375 = quantum.extract %362[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_217 = quantum.custom "RX"(%47) %375 : !quantum.bit
    %376 = quantum.extract %362[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_218 = quantum.custom "RX"(%47) %376 : !quantum.bit
    %377 = quantum.insert %362[ 0], %out_qubits_218 : !quantum.reg, !quantum.bit
    %378 = quantum.insert %377[ 1], %out_qubits_217 : !quantum.reg, !quantum.bit
    %379 = quantum.insert %378[ 2], %out_qubits_216 : !quantum.reg, !quantum.bit
    %380 = quantum.insert %379[ 3], %out_qubits_215 : !quantum.reg, !quantum.bit
    %381 = quantum.insert %380[ 4], %out_qubits_214 : !quantum.reg, !quantum.bit
    %382 = quantum.insert %381[ 5], %out_qubits_213 : !quantum.reg, !quantum.bit
    %383 = quantum.insert %382[ 6], %out_qubits_212 : !quantum.reg, !quantum.bit
    %384 = quantum.insert %383[ 7], %out_qubits_211 : !quantum.reg, !quantum.bit
    %385 = quantum.insert %384[ 8], %out_qubits_210 : !quantum.reg, !quantum.bit
    %386 = quantum.insert %385[ 9], %out_qubits_209 : !quantum.reg, !quantum.bit
    %387 = quantum.insert %386[ 10], %out_qubits_208 : !quantum.reg, !quantum.bit
    %388 = quantum.insert %387[ 11], %out_qubits_207 : !quantum.reg, !quantum.bit
    %389 = quantum.insert %388[ 12], %out_qubits_206 : !quantum.reg, !quantum.bit
    %390 = quantum.insert %389[ 13], %out_qubits_205 : !quantum.reg, !quantum.bit
    %391 = quantum.extract %390[%125] : !quantum.reg -> !quantum.bit
    %392 = quantum.extract %390[%127] : !quantum.reg -> !quantum.bit
    %out_qubits_219:2 = quantum.multirz(%45) %391, %392 : !quantum.bit, !quantum.bit
    %393 = quantum.insert %390[%125], %out_qubits_219#0 : !quantum.reg, !quantum.bit
    %394 = quantum.insert %393[%127], %out_qubits_219#1 : !quantum.reg, !quantum.bit
    %395 = quantum.extract %394[%131] : !quantum.reg -> !quantum.bit
    %396 = quantum.extract %394[%133] : !quantum.reg -> !quantum.bit
    %out_qubits_220:2 = quantum.multirz(%43) %395, %396 : !quantum.bit, !quantum.bit
    %397 = quantum.insert %394[%131], %out_qubits_220#0 : !quantum.reg, !quantum.bit
    %398 = quantum.insert %397[%133], %out_qubits_220#1 : !quantum.reg, !quantum.bit
    %399 = quantum.extract %398[%137] : !quantum.reg -> !quantum.bit
    %400 = quantum.extract %398[%139] : !quantum.reg -> !quantum.bit
    %out_qubits_221:2 = quantum.multirz(%41) %399, %400 : !quantum.bit, !quantum.bit
    %401 = quantum.insert %398[%137], %out_qubits_221#0 : !quantum.reg, !quantum.bit
    %402 = quantum.insert %401[%139], %out_qubits_221#1 : !quantum.reg, !quantum.bit
    %403 = quantum.extract %402[%143] : !quantum.reg -> !quantum.bit
    %404 = quantum.extract %402[%145] : !quantum.reg -> !quantum.bit
    %out_qubits_222:2 = quantum.multirz(%39) %403, %404 : !quantum.bit, !quantum.bit
    %405 = quantum.insert %402[%143], %out_qubits_222#0 : !quantum.reg, !quantum.bit
    %406 = quantum.insert %405[%145], %out_qubits_222#1 : !quantum.reg, !quantum.bit
    %407 = quantum.extract %406[%149] : !quantum.reg -> !quantum.bit
    %408 = quantum.extract %406[%151] : !quantum.reg -> !quantum.bit
    %out_qubits_223:2 = quantum.multirz(%37) %407, %408 : !quantum.bit, !quantum.bit
    %409 = quantum.insert %406[%149], %out_qubits_223#0 : !quantum.reg, !quantum.bit
    %410 = quantum.insert %409[%151], %out_qubits_223#1 : !quantum.reg, !quantum.bit
    %411 = quantum.extract %410[%155] : !quantum.reg -> !quantum.bit
    %412 = quantum.extract %410[%157] : !quantum.reg -> !quantum.bit
    %out_qubits_224:2 = quantum.multirz(%35) %411, %412 : !quantum.bit, !quantum.bit
    %413 = quantum.insert %410[%155], %out_qubits_224#0 : !quantum.reg, !quantum.bit
    %414 = quantum.insert %413[%157], %out_qubits_224#1 : !quantum.reg, !quantum.bit
    %415 = quantum.extract %414[%161] : !quantum.reg -> !quantum.bit
    %416 = quantum.extract %414[%163] : !quantum.reg -> !quantum.bit
    %out_qubits_225:2 = quantum.multirz(%33) %415, %416 : !quantum.bit, !quantum.bit
    %417 = quantum.insert %414[%161], %out_qubits_225#0 : !quantum.reg, !quantum.bit
    %418 = quantum.insert %417[%163], %out_qubits_225#1 : !quantum.reg, !quantum.bit
    %419 = quantum.extract %418[%167] : !quantum.reg -> !quantum.bit
    %420 = quantum.extract %418[%169] : !quantum.reg -> !quantum.bit
    %out_qubits_226:2 = quantum.multirz(%31) %419, %420 : !quantum.bit, !quantum.bit
    %421 = quantum.insert %418[%167], %out_qubits_226#0 : !quantum.reg, !quantum.bit
    %422 = quantum.insert %421[%169], %out_qubits_226#1 : !quantum.reg, !quantum.bit
    %423 = quantum.extract %422[%173] : !quantum.reg -> !quantum.bit
    %424 = quantum.extract %422[%175] : !quantum.reg -> !quantum.bit
    %out_qubits_227:2 = quantum.multirz(%29) %423, %424 : !quantum.bit, !quantum.bit
    %425 = quantum.insert %422[%173], %out_qubits_227#0 : !quantum.reg, !quantum.bit
    %426 = quantum.insert %425[%175], %out_qubits_227#1 : !quantum.reg, !quantum.bit
    %427 = quantum.extract %426[%179] : !quantum.reg -> !quantum.bit
    %428 = quantum.extract %426[%181] : !quantum.reg -> !quantum.bit
    %out_qubits_228:2 = quantum.multirz(%27) %427, %428 : !quantum.bit, !quantum.bit
    %429 = quantum.insert %426[%179], %out_qubits_228#0 : !quantum.reg, !quantum.bit
    %430 = quantum.insert %429[%181], %out_qubits_228#1 : !quantum.reg, !quantum.bit
    %431 = quantum.extract %430[%185] : !quantum.reg -> !quantum.bit
    %432 = quantum.extract %430[%187] : !quantum.reg -> !quantum.bit
    %out_qubits_229:2 = quantum.multirz(%25) %431, %432 : !quantum.bit, !quantum.bit
    %433 = quantum.insert %430[%185], %out_qubits_229#0 : !quantum.reg, !quantum.bit
    %434 = quantum.insert %433[%187], %out_qubits_229#1 : !quantum.reg, !quantum.bit
    %435 = quantum.extract %434[%191] : !quantum.reg -> !quantum.bit
    %436 = quantum.extract %434[%193] : !quantum.reg -> !quantum.bit
    %out_qubits_230:2 = quantum.multirz(%23) %435, %436 : !quantum.bit, !quantum.bit
    %437 = quantum.insert %434[%191], %out_qubits_230#0 : !quantum.reg, !quantum.bit
    %438 = quantum.insert %437[%193], %out_qubits_230#1 : !quantum.reg, !quantum.bit
    %439 = quantum.extract %438[%197] : !quantum.reg -> !quantum.bit
    %440 = quantum.extract %438[%199] : !quantum.reg -> !quantum.bit
    %out_qubits_231:2 = quantum.multirz(%21) %439, %440 : !quantum.bit, !quantum.bit
    %441 = quantum.insert %438[%197], %out_qubits_231#0 : !quantum.reg, !quantum.bit
    %442 = quantum.insert %441[%199], %out_qubits_231#1 : !quantum.reg, !quantum.bit
    %443 = quantum.extract %442[%203] : !quantum.reg -> !quantum.bit
    %444 = quantum.extract %442[%205] : !quantum.reg -> !quantum.bit
    %out_qubits_232:2 = quantum.multirz(%19) %443, %444 : !quantum.bit, !quantum.bit
    %445 = quantum.insert %442[%203], %out_qubits_232#0 : !quantum.reg, !quantum.bit
    %446 = quantum.insert %445[%205], %out_qubits_232#1 : !quantum.reg, !quantum.bit
    %447 = quantum.extract %446[%209] : !quantum.reg -> !quantum.bit
    %448 = quantum.extract %446[%211] : !quantum.reg -> !quantum.bit
    %out_qubits_233:2 = quantum.multirz(%17) %447, %448 : !quantum.bit, !quantum.bit
    %449 = quantum.insert %446[%209], %out_qubits_233#0 : !quantum.reg, !quantum.bit
    %450 = quantum.insert %449[%211], %out_qubits_233#1 : !quantum.reg, !quantum.bit
    %451 = quantum.extract %450[%215] : !quantum.reg -> !quantum.bit
    %452 = quantum.extract %450[%217] : !quantum.reg -> !quantum.bit
    %out_qubits_234:2 = quantum.multirz(%15) %451, %452 : !quantum.bit, !quantum.bit
    %453 = quantum.insert %450[%215], %out_qubits_234#0 : !quantum.reg, !quantum.bit
    %454 = quantum.insert %453[%217], %out_qubits_234#1 : !quantum.reg, !quantum.bit
    %455 = quantum.extract %454[%221] : !quantum.reg -> !quantum.bit
    %456 = quantum.extract %454[%223] : !quantum.reg -> !quantum.bit
    %out_qubits_235:2 = quantum.multirz(%13) %455, %456 : !quantum.bit, !quantum.bit
    %457 = quantum.insert %454[%221], %out_qubits_235#0 : !quantum.reg, !quantum.bit
    %458 = quantum.insert %457[%223], %out_qubits_235#1 : !quantum.reg, !quantum.bit
    %459 = quantum.extract %458[%227] : !quantum.reg -> !quantum.bit
    %460 = quantum.extract %458[%229] : !quantum.reg -> !quantum.bit
    %out_qubits_236:2 = quantum.multirz(%11) %459, %460 : !quantum.bit, !quantum.bit
    %461 = quantum.insert %458[%227], %out_qubits_236#0 : !quantum.reg, !quantum.bit
    %462 = quantum.insert %461[%229], %out_qubits_236#1 : !quantum.reg, !quantum.bit
    %463 = quantum.extract %462[%233] : !quantum.reg -> !quantum.bit
    %464 = quantum.extract %462[%235] : !quantum.reg -> !quantum.bit
    %out_qubits_237:2 = quantum.multirz(%9) %463, %464 : !quantum.bit, !quantum.bit
    %465 = quantum.insert %462[%233], %out_qubits_237#0 : !quantum.reg, !quantum.bit
    %466 = quantum.insert %465[%235], %out_qubits_237#1 : !quantum.reg, !quantum.bit
    %467 = quantum.extract %466[%239] : !quantum.reg -> !quantum.bit
    %468 = quantum.extract %466[%241] : !quantum.reg -> !quantum.bit
    %out_qubits_238:2 = quantum.multirz(%7) %467, %468 : !quantum.bit, !quantum.bit
    %469 = quantum.insert %466[%239], %out_qubits_238#0 : !quantum.reg, !quantum.bit
    %470 = quantum.insert %469[%241], %out_qubits_238#1 : !quantum.reg, !quantum.bit
    %471 = quantum.extract %470[%245] : !quantum.reg -> !quantum.bit
    %472 = quantum.extract %470[%247] : !quantum.reg -> !quantum.bit
    %out_qubits_239:2 = quantum.multirz(%5) %471, %472 : !quantum.bit, !quantum.bit
    %473 = quantum.insert %470[%245], %out_qubits_239#0 : !quantum.reg, !quantum.bit
    %474 = quantum.insert %473[%247], %out_qubits_239#1 : !quantum.reg, !quantum.bit
    %475 = quantum.extract %474[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_240 = quantum.custom "RX"(%1) %475 : !quantum.bit
    %476 = quantum.extract %474[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_241 = quantum.custom "RX"(%1) %476 : !quantum.bit
    %477 = quantum.extract %474[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_242 = quantum.custom "RX"(%1) %477 : !quantum.bit
    %478 = quantum.extract %474[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_243 = quantum.custom "RX"(%1) %478 : !quantum.bit
    %479 = quantum.extract %474[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_244 = quantum.custom "RX"(%1) %479 : !quantum.bit
    %480 = quantum.extract %474[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_245 = quantum.custom "RX"(%1) %480 : !quantum.bit
    %481 = quantum.extract %474[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_246 = quantum.custom "RX"(%1) %481 : !quantum.bit
    %482 = quantum.extract %474[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_247 = quantum.custom "RX"(%1) %482 : !quantum.bit
    %483 = quantum.extract %474[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_248 = quantum.custom "RX"(%1) %483 : !quantum.bit
    %484 = quantum.extract %474[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_249 = quantum.custom "RX"(%1) %484 : !quantum.bit
    %485 = quantum.extract %474[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_250 = quantum.custom "RX"(%1) %485 : !quantum.bit
    %486 = quantum.extract %474[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_251 = quantum.custom "RX"(%1) %486 : !quantum.bit
    %487 = quantum.extract %474[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_252 = quantum.custom "RX"(%1) %487 : !quantum.bit
    %488 = quantum.extract %474[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_253 = quantum.custom "RX"(%1) %488 : !quantum.bit
    %489 = quantum.insert %474[ 0], %out_qubits_240 : !quantum.reg, !quantum.bit
    %490 = quantum.insert %489[ 1], %out_qubits_241 : !quantum.reg, !quantum.bit
    %491 = quantum.insert %490[ 2], %out_qubits_242 : !quantum.reg, !quantum.bit
    %492 = quantum.insert %491[ 3], %out_qubits_243 : !quantum.reg, !quantum.bit
    %493 = quantum.insert %492[ 4], %out_qubits_244 : !quantum.reg, !quantum.bit
    %494 = quantum.insert %493[ 5], %out_qubits_245 : !quantum.reg, !quantum.bit
    %495 = quantum.insert %494[ 6], %out_qubits_246 : !quantum.reg, !quantum.bit
    %496 = quantum.insert %495[ 7], %out_qubits_247 : !quantum.reg, !quantum.bit
    %497 = quantum.insert %496[ 8], %out_qubits_248 : !quantum.reg, !quantum.bit
    %498 = quantum.insert %497[ 9], %out_qubits_249 : !quantum.reg, !quantum.bit
    %499 = quantum.insert %498[ 10], %out_qubits_250 : !quantum.reg, !quantum.bit
    %500 = quantum.insert %499[ 11], %out_qubits_251 : !quantum.reg, !quantum.bit
    %501 = quantum.insert %500[ 12], %out_qubits_252 : !quantum.reg, !quantum.bit
    %502 = quantum.insert %501[ 13], %out_qubits_253 : !quantum.reg, !quantum.bit
    %503 = quantum.extract %502[%125] : !quantum.reg -> !quantum.bit
    %504 = quantum.namedobs %503[ PauliZ] : !quantum.obs
    %505 = quantum.insert %502[%125], %503 : !quantum.reg, !quantum.bit
    %506 = quantum.extract %505[%127] : !quantum.reg -> !quantum.bit
    %507 = quantum.namedobs %506[ PauliZ] : !quantum.obs
    %508 = quantum.tensor %504, %507 : !quantum.obs
    %509 = quantum.insert %505[%127], %506 : !quantum.reg, !quantum.bit
    %510 = quantum.extract %509[%131] : !quantum.reg -> !quantum.bit
    %511 = quantum.namedobs %510[ PauliZ] : !quantum.obs
    %512 = quantum.insert %509[%131], %510 : !quantum.reg, !quantum.bit
    %513 = quantum.extract %512[%133] : !quantum.reg -> !quantum.bit
    %514 = quantum.namedobs %513[ PauliZ] : !quantum.obs
    %515 = quantum.tensor %511, %514 : !quantum.obs
    %516 = quantum.insert %512[%133], %513 : !quantum.reg, !quantum.bit
    %517 = quantum.extract %516[%137] : !quantum.reg -> !quantum.bit
    %518 = quantum.namedobs %517[ PauliZ] : !quantum.obs
    %519 = quantum.insert %516[%137], %517 : !quantum.reg, !quantum.bit
    %520 = quantum.extract %519[%139] : !quantum.reg -> !quantum.bit
    %521 = quantum.namedobs %520[ PauliZ] : !quantum.obs
    %522 = quantum.tensor %518, %521 : !quantum.obs
    %523 = quantum.insert %519[%139], %520 : !quantum.reg, !quantum.bit
    %524 = quantum.extract %523[%143] : !quantum.reg -> !quantum.bit
    %525 = quantum.namedobs %524[ PauliZ] : !quantum.obs
    %526 = quantum.insert %523[%143], %524 : !quantum.reg, !quantum.bit
    %527 = quantum.extract %526[%145] : !quantum.reg -> !quantum.bit
    %528 = quantum.namedobs %527[ PauliZ] : !quantum.obs
    %529 = quantum.tensor %525, %528 : !quantum.obs
    %530 = quantum.insert %526[%145], %527 : !quantum.reg, !quantum.bit
    %531 = quantum.extract %530[%149] : !quantum.reg -> !quantum.bit
    %532 = quantum.namedobs %531[ PauliZ] : !quantum.obs
    %533 = quantum.insert %530[%149], %531 : !quantum.reg, !quantum.bit
    %534 = quantum.extract %533[%151] : !quantum.reg -> !quantum.bit
    %535 = quantum.namedobs %534[ PauliZ] : !quantum.obs
    %536 = quantum.tensor %532, %535 : !quantum.obs
    %537 = quantum.insert %533[%151], %534 : !quantum.reg, !quantum.bit
    %538 = quantum.extract %537[%155] : !quantum.reg -> !quantum.bit
    %539 = quantum.namedobs %538[ PauliZ] : !quantum.obs
    %540 = quantum.insert %537[%155], %538 : !quantum.reg, !quantum.bit
    %541 = quantum.extract %540[%157] : !quantum.reg -> !quantum.bit
    %542 = quantum.namedobs %541[ PauliZ] : !quantum.obs
    %543 = quantum.tensor %539, %542 : !quantum.obs
    %544 = quantum.insert %540[%157], %541 : !quantum.reg, !quantum.bit
    %545 = quantum.extract %544[%161] : !quantum.reg -> !quantum.bit
    %546 = quantum.namedobs %545[ PauliZ] : !quantum.obs
    %547 = quantum.insert %544[%161], %545 : !quantum.reg, !quantum.bit
    %548 = quantum.extract %547[%163] : !quantum.reg -> !quantum.bit
    %549 = quantum.namedobs %548[ PauliZ] : !quantum.obs
    %550 = quantum.tensor %546, %549 : !quantum.obs
    %551 = quantum.insert %547[%163], %548 : !quantum.reg, !quantum.bit
    %552 = quantum.extract %551[%167] : !quantum.reg -> !quantum.bit
    %553 = quantum.namedobs %552[ PauliZ] : !quantum.obs
    %554 = quantum.insert %551[%167], %552 : !quantum.reg, !quantum.bit
    %555 = quantum.extract %554[%169] : !quantum.reg -> !quantum.bit
    %556 = quantum.namedobs %555[ PauliZ] : !quantum.obs
    %557 = quantum.tensor %553, %556 : !quantum.obs
    %558 = quantum.insert %554[%169], %555 : !quantum.reg, !quantum.bit
    %559 = quantum.extract %558[%173] : !quantum.reg -> !quantum.bit
    %560 = quantum.namedobs %559[ PauliZ] : !quantum.obs
    %561 = quantum.insert %558[%173], %559 : !quantum.reg, !quantum.bit
    %562 = quantum.extract %561[%175] : !quantum.reg -> !quantum.bit
    %563 = quantum.namedobs %562[ PauliZ] : !quantum.obs
    %564 = quantum.tensor %560, %563 : !quantum.obs
    %565 = quantum.insert %561[%175], %562 : !quantum.reg, !quantum.bit
    %566 = quantum.extract %565[%179] : !quantum.reg -> !quantum.bit
    %567 = quantum.namedobs %566[ PauliZ] : !quantum.obs
    %568 = quantum.insert %565[%179], %566 : !quantum.reg, !quantum.bit
    %569 = quantum.extract %568[%181] : !quantum.reg -> !quantum.bit
    %570 = quantum.namedobs %569[ PauliZ] : !quantum.obs
    %571 = quantum.tensor %567, %570 : !quantum.obs
    %572 = quantum.insert %568[%181], %569 : !quantum.reg, !quantum.bit
    %573 = quantum.extract %572[%185] : !quantum.reg -> !quantum.bit
    %574 = quantum.namedobs %573[ PauliZ] : !quantum.obs
    %575 = quantum.insert %572[%185], %573 : !quantum.reg, !quantum.bit
    %576 = quantum.extract %575[%187] : !quantum.reg -> !quantum.bit
    %577 = quantum.namedobs %576[ PauliZ] : !quantum.obs
    %578 = quantum.tensor %574, %577 : !quantum.obs
    %579 = quantum.insert %575[%187], %576 : !quantum.reg, !quantum.bit
    %580 = quantum.extract %579[%191] : !quantum.reg -> !quantum.bit
    %581 = quantum.namedobs %580[ PauliZ] : !quantum.obs
    %582 = quantum.insert %579[%191], %580 : !quantum.reg, !quantum.bit
    %583 = quantum.extract %582[%193] : !quantum.reg -> !quantum.bit
    %584 = quantum.namedobs %583[ PauliZ] : !quantum.obs
    %585 = quantum.tensor %581, %584 : !quantum.obs
    %586 = quantum.insert %582[%193], %583 : !quantum.reg, !quantum.bit
    %587 = quantum.extract %586[%197] : !quantum.reg -> !quantum.bit
    %588 = quantum.namedobs %587[ PauliZ] : !quantum.obs
    %589 = quantum.insert %586[%197], %587 : !quantum.reg, !quantum.bit
    %590 = quantum.extract %589[%199] : !quantum.reg -> !quantum.bit
    %591 = quantum.namedobs %590[ PauliZ] : !quantum.obs
    %592 = quantum.tensor %588, %591 : !quantum.obs
    %593 = quantum.insert %589[%199], %590 : !quantum.reg, !quantum.bit
    %594 = quantum.extract %593[%203] : !quantum.reg -> !quantum.bit
    %595 = quantum.namedobs %594[ PauliZ] : !quantum.obs
    %596 = quantum.insert %593[%203], %594 : !quantum.reg, !quantum.bit
    %597 = quantum.extract %596[%205] : !quantum.reg -> !quantum.bit
    %598 = quantum.namedobs %597[ PauliZ] : !quantum.obs
    %599 = quantum.tensor %595, %598 : !quantum.obs
    %600 = quantum.insert %596[%205], %597 : !quantum.reg, !quantum.bit
    %601 = quantum.extract %600[%209] : !quantum.reg -> !quantum.bit
    %602 = quantum.namedobs %601[ PauliZ] : !quantum.obs
    %603 = quantum.insert %600[%209], %601 : !quantum.reg, !quantum.bit
    %604 = quantum.extract %603[%211] : !quantum.reg -> !quantum.bit
    %605 = quantum.namedobs %604[ PauliZ] : !quantum.obs
    %606 = quantum.tensor %602, %605 : !quantum.obs
    %607 = quantum.insert %603[%211], %604 : !quantum.reg, !quantum.bit
    %608 = quantum.extract %607[%215] : !quantum.reg -> !quantum.bit
    %609 = quantum.namedobs %608[ PauliZ] : !quantum.obs
    %610 = quantum.insert %607[%215], %608 : !quantum.reg, !quantum.bit
    %611 = quantum.extract %610[%217] : !quantum.reg -> !quantum.bit
    %612 = quantum.namedobs %611[ PauliZ] : !quantum.obs
    %613 = quantum.tensor %609, %612 : !quantum.obs
    %614 = quantum.insert %610[%217], %611 : !quantum.reg, !quantum.bit
    %615 = quantum.extract %614[%221] : !quantum.reg -> !quantum.bit
    %616 = quantum.namedobs %615[ PauliZ] : !quantum.obs
    %617 = quantum.insert %614[%221], %615 : !quantum.reg, !quantum.bit
    %618 = quantum.extract %617[%223] : !quantum.reg -> !quantum.bit
    %619 = quantum.namedobs %618[ PauliZ] : !quantum.obs
    %620 = quantum.tensor %616, %619 : !quantum.obs
    %621 = quantum.insert %617[%223], %618 : !quantum.reg, !quantum.bit
    %622 = quantum.extract %621[%227] : !quantum.reg -> !quantum.bit
    %623 = quantum.namedobs %622[ PauliZ] : !quantum.obs
    %624 = quantum.insert %621[%227], %622 : !quantum.reg, !quantum.bit
    %625 = quantum.extract %624[%229] : !quantum.reg -> !quantum.bit
    %626 = quantum.namedobs %625[ PauliZ] : !quantum.obs
    %627 = quantum.tensor %623, %626 : !quantum.obs
    %628 = quantum.insert %624[%229], %625 : !quantum.reg, !quantum.bit
    %629 = quantum.extract %628[%233] : !quantum.reg -> !quantum.bit
    %630 = quantum.namedobs %629[ PauliZ] : !quantum.obs
    %631 = quantum.insert %628[%233], %629 : !quantum.reg, !quantum.bit
    %632 = quantum.extract %631[%235] : !quantum.reg -> !quantum.bit
    %633 = quantum.namedobs %632[ PauliZ] : !quantum.obs
    %634 = quantum.tensor %630, %633 : !quantum.obs
    %635 = quantum.insert %631[%235], %632 : !quantum.reg, !quantum.bit
    %636 = quantum.extract %635[%239] : !quantum.reg -> !quantum.bit
    %637 = quantum.namedobs %636[ PauliZ] : !quantum.obs
    %638 = quantum.insert %635[%239], %636 : !quantum.reg, !quantum.bit
    %639 = quantum.extract %638[%241] : !quantum.reg -> !quantum.bit
    %640 = quantum.namedobs %639[ PauliZ] : !quantum.obs
    %641 = quantum.tensor %637, %640 : !quantum.obs
    %642 = quantum.insert %638[%241], %639 : !quantum.reg, !quantum.bit
    %643 = quantum.extract %642[%245] : !quantum.reg -> !quantum.bit
    %644 = quantum.namedobs %643[ PauliZ] : !quantum.obs
    %645 = quantum.insert %642[%245], %643 : !quantum.reg, !quantum.bit
    %646 = quantum.extract %645[%247] : !quantum.reg -> !quantum.bit
    %647 = quantum.namedobs %646[ PauliZ] : !quantum.obs
    %648 = quantum.tensor %644, %647 : !quantum.obs
    %649 = quantum.hamiltonian(%arg1 : memref<21xf64>) %508, %515, %522, %529, %536, %543, %550, %557, %564, %571, %578, %585, %592, %599, %606, %613, %620, %627, %634, %641, %648 : !quantum.obs
    %650 = quantum.expval %649 : f64
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<f64>
    memref.store %650, %alloc[] : memref<f64>
    %651 = quantum.insert %645[%247], %646 : !quantum.reg, !quantum.bit
    quantum.dealloc %651 : !quantum.reg
    quantum.device_release
    return %alloc : memref<f64>
  }
  func.func private @energy_0.adjoint(%arg0: memref<2x3xf64>, %arg1: memref<21xf64>, %arg2: memref<21x2xi64>, %arg3: index) -> memref<?xf64> {
    %alloc = memref.alloc(%arg3) : memref<?xf64>
    gradient.adjoint @energy_0.nodealloc(%arg0, %arg1, %arg2) size(%arg3) in(%alloc : memref<?xf64>) : (memref<2x3xf64>, memref<21xf64>, memref<21x2xi64>) -> ()
    return %alloc : memref<?xf64>
  }
  func.func private @energy_0.nodealloc(%arg0: memref<2x3xf64>, %arg1: memref<21xf64>, %arg2: memref<21x2xi64>) -> !quantum.reg {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 2.000000e+00 : f64
    %subview = memref.subview %arg2[0, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1]>>
    %collapse_shape = memref.collapse_shape %subview [] : memref<1x1xi64, strided<[2, 1]>> into memref<i64, strided<[]>>
    %subview_0 = memref.subview %arg2[0, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 1>>
    %collapse_shape_1 = memref.collapse_shape %subview_0 [] : memref<1x1xi64, strided<[2, 1], offset: 1>> into memref<i64, strided<[], offset: 1>>
    %subview_2 = memref.subview %arg2[1, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 2>>
    %collapse_shape_3 = memref.collapse_shape %subview_2 [] : memref<1x1xi64, strided<[2, 1], offset: 2>> into memref<i64, strided<[], offset: 2>>
    %subview_4 = memref.subview %arg2[1, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 3>>
    %collapse_shape_5 = memref.collapse_shape %subview_4 [] : memref<1x1xi64, strided<[2, 1], offset: 3>> into memref<i64, strided<[], offset: 3>>
    %subview_6 = memref.subview %arg2[2, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 4>>
    %collapse_shape_7 = memref.collapse_shape %subview_6 [] : memref<1x1xi64, strided<[2, 1], offset: 4>> into memref<i64, strided<[], offset: 4>>
    %subview_8 = memref.subview %arg2[2, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 5>>
    %collapse_shape_9 = memref.collapse_shape %subview_8 [] : memref<1x1xi64, strided<[2, 1], offset: 5>> into memref<i64, strided<[], offset: 5>>
    %subview_10 = memref.subview %arg2[3, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 6>>
    %collapse_shape_11 = memref.collapse_shape %subview_10 [] : memref<1x1xi64, strided<[2, 1], offset: 6>> into memref<i64, strided<[], offset: 6>>
    %subview_12 = memref.subview %arg2[3, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 7>>
    %collapse_shape_13 = memref.collapse_shape %subview_12 [] : memref<1x1xi64, strided<[2, 1], offset: 7>> into memref<i64, strided<[], offset: 7>>
    %subview_14 = memref.subview %arg2[4, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 8>>
    %collapse_shape_15 = memref.collapse_shape %subview_14 [] : memref<1x1xi64, strided<[2, 1], offset: 8>> into memref<i64, strided<[], offset: 8>>
    %subview_16 = memref.subview %arg2[4, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 9>>
    %collapse_shape_17 = memref.collapse_shape %subview_16 [] : memref<1x1xi64, strided<[2, 1], offset: 9>> into memref<i64, strided<[], offset: 9>>
    %subview_18 = memref.subview %arg2[5, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 10>>
    %collapse_shape_19 = memref.collapse_shape %subview_18 [] : memref<1x1xi64, strided<[2, 1], offset: 10>> into memref<i64, strided<[], offset: 10>>
    %subview_20 = memref.subview %arg2[5, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 11>>
    %collapse_shape_21 = memref.collapse_shape %subview_20 [] : memref<1x1xi64, strided<[2, 1], offset: 11>> into memref<i64, strided<[], offset: 11>>
    %subview_22 = memref.subview %arg2[6, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 12>>
    %collapse_shape_23 = memref.collapse_shape %subview_22 [] : memref<1x1xi64, strided<[2, 1], offset: 12>> into memref<i64, strided<[], offset: 12>>
    %subview_24 = memref.subview %arg2[6, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 13>>
    %collapse_shape_25 = memref.collapse_shape %subview_24 [] : memref<1x1xi64, strided<[2, 1], offset: 13>> into memref<i64, strided<[], offset: 13>>
    %subview_26 = memref.subview %arg2[7, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 14>>
    %collapse_shape_27 = memref.collapse_shape %subview_26 [] : memref<1x1xi64, strided<[2, 1], offset: 14>> into memref<i64, strided<[], offset: 14>>
    %subview_28 = memref.subview %arg2[7, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 15>>
    %collapse_shape_29 = memref.collapse_shape %subview_28 [] : memref<1x1xi64, strided<[2, 1], offset: 15>> into memref<i64, strided<[], offset: 15>>
    %subview_30 = memref.subview %arg2[8, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 16>>
    %collapse_shape_31 = memref.collapse_shape %subview_30 [] : memref<1x1xi64, strided<[2, 1], offset: 16>> into memref<i64, strided<[], offset: 16>>
    %subview_32 = memref.subview %arg2[8, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 17>>
    %collapse_shape_33 = memref.collapse_shape %subview_32 [] : memref<1x1xi64, strided<[2, 1], offset: 17>> into memref<i64, strided<[], offset: 17>>
    %subview_34 = memref.subview %arg2[9, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 18>>
    %collapse_shape_35 = memref.collapse_shape %subview_34 [] : memref<1x1xi64, strided<[2, 1], offset: 18>> into memref<i64, strided<[], offset: 18>>
    %subview_36 = memref.subview %arg2[9, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 19>>
    %collapse_shape_37 = memref.collapse_shape %subview_36 [] : memref<1x1xi64, strided<[2, 1], offset: 19>> into memref<i64, strided<[], offset: 19>>
    %subview_38 = memref.subview %arg2[10, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 20>>
    %collapse_shape_39 = memref.collapse_shape %subview_38 [] : memref<1x1xi64, strided<[2, 1], offset: 20>> into memref<i64, strided<[], offset: 20>>
    %subview_40 = memref.subview %arg2[10, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 21>>
    %collapse_shape_41 = memref.collapse_shape %subview_40 [] : memref<1x1xi64, strided<[2, 1], offset: 21>> into memref<i64, strided<[], offset: 21>>
    %subview_42 = memref.subview %arg2[11, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 22>>
    %collapse_shape_43 = memref.collapse_shape %subview_42 [] : memref<1x1xi64, strided<[2, 1], offset: 22>> into memref<i64, strided<[], offset: 22>>
    %subview_44 = memref.subview %arg2[11, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 23>>
    %collapse_shape_45 = memref.collapse_shape %subview_44 [] : memref<1x1xi64, strided<[2, 1], offset: 23>> into memref<i64, strided<[], offset: 23>>
    %subview_46 = memref.subview %arg2[12, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 24>>
    %collapse_shape_47 = memref.collapse_shape %subview_46 [] : memref<1x1xi64, strided<[2, 1], offset: 24>> into memref<i64, strided<[], offset: 24>>
    %subview_48 = memref.subview %arg2[12, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 25>>
    %collapse_shape_49 = memref.collapse_shape %subview_48 [] : memref<1x1xi64, strided<[2, 1], offset: 25>> into memref<i64, strided<[], offset: 25>>
    %subview_50 = memref.subview %arg2[13, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 26>>
    %collapse_shape_51 = memref.collapse_shape %subview_50 [] : memref<1x1xi64, strided<[2, 1], offset: 26>> into memref<i64, strided<[], offset: 26>>
    %subview_52 = memref.subview %arg2[13, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 27>>
    %collapse_shape_53 = memref.collapse_shape %subview_52 [] : memref<1x1xi64, strided<[2, 1], offset: 27>> into memref<i64, strided<[], offset: 27>>
    %subview_54 = memref.subview %arg2[14, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 28>>
    %collapse_shape_55 = memref.collapse_shape %subview_54 [] : memref<1x1xi64, strided<[2, 1], offset: 28>> into memref<i64, strided<[], offset: 28>>
    %subview_56 = memref.subview %arg2[14, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 29>>
    %collapse_shape_57 = memref.collapse_shape %subview_56 [] : memref<1x1xi64, strided<[2, 1], offset: 29>> into memref<i64, strided<[], offset: 29>>
    %subview_58 = memref.subview %arg2[15, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 30>>
    %collapse_shape_59 = memref.collapse_shape %subview_58 [] : memref<1x1xi64, strided<[2, 1], offset: 30>> into memref<i64, strided<[], offset: 30>>
    %subview_60 = memref.subview %arg2[15, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 31>>
    %collapse_shape_61 = memref.collapse_shape %subview_60 [] : memref<1x1xi64, strided<[2, 1], offset: 31>> into memref<i64, strided<[], offset: 31>>
    %subview_62 = memref.subview %arg2[16, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 32>>
    %collapse_shape_63 = memref.collapse_shape %subview_62 [] : memref<1x1xi64, strided<[2, 1], offset: 32>> into memref<i64, strided<[], offset: 32>>
    %subview_64 = memref.subview %arg2[16, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 33>>
    %collapse_shape_65 = memref.collapse_shape %subview_64 [] : memref<1x1xi64, strided<[2, 1], offset: 33>> into memref<i64, strided<[], offset: 33>>
    %subview_66 = memref.subview %arg2[17, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 34>>
    %collapse_shape_67 = memref.collapse_shape %subview_66 [] : memref<1x1xi64, strided<[2, 1], offset: 34>> into memref<i64, strided<[], offset: 34>>
    %subview_68 = memref.subview %arg2[17, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 35>>
    %collapse_shape_69 = memref.collapse_shape %subview_68 [] : memref<1x1xi64, strided<[2, 1], offset: 35>> into memref<i64, strided<[], offset: 35>>
    %subview_70 = memref.subview %arg2[18, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 36>>
    %collapse_shape_71 = memref.collapse_shape %subview_70 [] : memref<1x1xi64, strided<[2, 1], offset: 36>> into memref<i64, strided<[], offset: 36>>
    %subview_72 = memref.subview %arg2[18, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 37>>
    %collapse_shape_73 = memref.collapse_shape %subview_72 [] : memref<1x1xi64, strided<[2, 1], offset: 37>> into memref<i64, strided<[], offset: 37>>
    %subview_74 = memref.subview %arg2[19, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 38>>
    %collapse_shape_75 = memref.collapse_shape %subview_74 [] : memref<1x1xi64, strided<[2, 1], offset: 38>> into memref<i64, strided<[], offset: 38>>
    %subview_76 = memref.subview %arg2[19, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 39>>
    %collapse_shape_77 = memref.collapse_shape %subview_76 [] : memref<1x1xi64, strided<[2, 1], offset: 39>> into memref<i64, strided<[], offset: 39>>
    %subview_78 = memref.subview %arg2[20, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 40>>
    %collapse_shape_79 = memref.collapse_shape %subview_78 [] : memref<1x1xi64, strided<[2, 1], offset: 40>> into memref<i64, strided<[], offset: 40>>
    %subview_80 = memref.subview %arg2[20, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 41>>
    %collapse_shape_81 = memref.collapse_shape %subview_80 [] : memref<1x1xi64, strided<[2, 1], offset: 41>> into memref<i64, strided<[], offset: 41>>
    %subview_82 = memref.subview %arg0[1, 2] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 5>>
    %collapse_shape_83 = memref.collapse_shape %subview_82 [] : memref<1x1xf64, strided<[3, 1], offset: 5>> into memref<f64, strided<[], offset: 5>>
    %0 = memref.load %collapse_shape_83[] : memref<f64, strided<[], offset: 5>>
    %1 = arith.mulf %0, %cst : f64
    %subview_84 = memref.subview %arg0[0, 2] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 2>>
    %collapse_shape_85 = memref.collapse_shape %subview_84 [] : memref<1x1xf64, strided<[3, 1], offset: 2>> into memref<f64, strided<[], offset: 2>>
    %2 = memref.load %collapse_shape_85[] : memref<f64, strided<[], offset: 2>>
    %3 = arith.mulf %2, %cst : f64
    %subview_86 = memref.subview %arg1[20] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 20>>
    %collapse_shape_87 = memref.collapse_shape %subview_86 [] : memref<1xf64, strided<[1], offset: 20>> into memref<f64, strided<[], offset: 20>>
    %4 = memref.load %collapse_shape_87[] : memref<f64, strided<[], offset: 20>>
    %5 = arith.mulf %3, %4 : f64
    %subview_88 = memref.subview %arg1[19] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 19>>
    %collapse_shape_89 = memref.collapse_shape %subview_88 [] : memref<1xf64, strided<[1], offset: 19>> into memref<f64, strided<[], offset: 19>>
    %6 = memref.load %collapse_shape_89[] : memref<f64, strided<[], offset: 19>>
    %7 = arith.mulf %3, %6 : f64
    %subview_90 = memref.subview %arg1[18] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 18>>
    %collapse_shape_91 = memref.collapse_shape %subview_90 [] : memref<1xf64, strided<[1], offset: 18>> into memref<f64, strided<[], offset: 18>>
    %8 = memref.load %collapse_shape_91[] : memref<f64, strided<[], offset: 18>>
    %9 = arith.mulf %3, %8 : f64
    %subview_92 = memref.subview %arg1[17] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 17>>
    %collapse_shape_93 = memref.collapse_shape %subview_92 [] : memref<1xf64, strided<[1], offset: 17>> into memref<f64, strided<[], offset: 17>>
    %10 = memref.load %collapse_shape_93[] : memref<f64, strided<[], offset: 17>>
    %11 = arith.mulf %3, %10 : f64
    %subview_94 = memref.subview %arg1[16] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 16>>
    %collapse_shape_95 = memref.collapse_shape %subview_94 [] : memref<1xf64, strided<[1], offset: 16>> into memref<f64, strided<[], offset: 16>>
    %12 = memref.load %collapse_shape_95[] : memref<f64, strided<[], offset: 16>>
    %13 = arith.mulf %3, %12 : f64
    %subview_96 = memref.subview %arg1[15] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 15>>
    %collapse_shape_97 = memref.collapse_shape %subview_96 [] : memref<1xf64, strided<[1], offset: 15>> into memref<f64, strided<[], offset: 15>>
    %14 = memref.load %collapse_shape_97[] : memref<f64, strided<[], offset: 15>>
    %15 = arith.mulf %3, %14 : f64
    %subview_98 = memref.subview %arg1[14] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 14>>
    %collapse_shape_99 = memref.collapse_shape %subview_98 [] : memref<1xf64, strided<[1], offset: 14>> into memref<f64, strided<[], offset: 14>>
    %16 = memref.load %collapse_shape_99[] : memref<f64, strided<[], offset: 14>>
    %17 = arith.mulf %3, %16 : f64
    %subview_100 = memref.subview %arg1[13] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 13>>
    %collapse_shape_101 = memref.collapse_shape %subview_100 [] : memref<1xf64, strided<[1], offset: 13>> into memref<f64, strided<[], offset: 13>>
    %18 = memref.load %collapse_shape_101[] : memref<f64, strided<[], offset: 13>>
    %19 = arith.mulf %3, %18 : f64
    %subview_102 = memref.subview %arg1[12] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 12>>
    %collapse_shape_103 = memref.collapse_shape %subview_102 [] : memref<1xf64, strided<[1], offset: 12>> into memref<f64, strided<[], offset: 12>>
    %20 = memref.load %collapse_shape_103[] : memref<f64, strided<[], offset: 12>>
    %21 = arith.mulf %3, %20 : f64
    %subview_104 = memref.subview %arg1[11] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 11>>
    %collapse_shape_105 = memref.collapse_shape %subview_104 [] : memref<1xf64, strided<[1], offset: 11>> into memref<f64, strided<[], offset: 11>>
    %22 = memref.load %collapse_shape_105[] : memref<f64, strided<[], offset: 11>>
    %23 = arith.mulf %3, %22 : f64
    %subview_106 = memref.subview %arg1[10] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 10>>
    %collapse_shape_107 = memref.collapse_shape %subview_106 [] : memref<1xf64, strided<[1], offset: 10>> into memref<f64, strided<[], offset: 10>>
    %24 = memref.load %collapse_shape_107[] : memref<f64, strided<[], offset: 10>>
    %25 = arith.mulf %3, %24 : f64
    %subview_108 = memref.subview %arg1[9] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 9>>
    %collapse_shape_109 = memref.collapse_shape %subview_108 [] : memref<1xf64, strided<[1], offset: 9>> into memref<f64, strided<[], offset: 9>>
    %26 = memref.load %collapse_shape_109[] : memref<f64, strided<[], offset: 9>>
    %27 = arith.mulf %3, %26 : f64
    %subview_110 = memref.subview %arg1[8] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 8>>
    %collapse_shape_111 = memref.collapse_shape %subview_110 [] : memref<1xf64, strided<[1], offset: 8>> into memref<f64, strided<[], offset: 8>>
    %28 = memref.load %collapse_shape_111[] : memref<f64, strided<[], offset: 8>>
    %29 = arith.mulf %3, %28 : f64
    %subview_112 = memref.subview %arg1[7] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 7>>
    %collapse_shape_113 = memref.collapse_shape %subview_112 [] : memref<1xf64, strided<[1], offset: 7>> into memref<f64, strided<[], offset: 7>>
    %30 = memref.load %collapse_shape_113[] : memref<f64, strided<[], offset: 7>>
    %31 = arith.mulf %3, %30 : f64
    %subview_114 = memref.subview %arg1[6] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 6>>
    %collapse_shape_115 = memref.collapse_shape %subview_114 [] : memref<1xf64, strided<[1], offset: 6>> into memref<f64, strided<[], offset: 6>>
    %32 = memref.load %collapse_shape_115[] : memref<f64, strided<[], offset: 6>>
    %33 = arith.mulf %3, %32 : f64
    %subview_116 = memref.subview %arg1[5] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 5>>
    %collapse_shape_117 = memref.collapse_shape %subview_116 [] : memref<1xf64, strided<[1], offset: 5>> into memref<f64, strided<[], offset: 5>>
    %34 = memref.load %collapse_shape_117[] : memref<f64, strided<[], offset: 5>>
    %35 = arith.mulf %3, %34 : f64
    %subview_118 = memref.subview %arg1[4] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 4>>
    %collapse_shape_119 = memref.collapse_shape %subview_118 [] : memref<1xf64, strided<[1], offset: 4>> into memref<f64, strided<[], offset: 4>>
    %36 = memref.load %collapse_shape_119[] : memref<f64, strided<[], offset: 4>>
    %37 = arith.mulf %3, %36 : f64
    %subview_120 = memref.subview %arg1[3] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 3>>
    %collapse_shape_121 = memref.collapse_shape %subview_120 [] : memref<1xf64, strided<[1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %38 = memref.load %collapse_shape_121[] : memref<f64, strided<[], offset: 3>>
    %39 = arith.mulf %3, %38 : f64
    %subview_122 = memref.subview %arg1[2] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 2>>
    %collapse_shape_123 = memref.collapse_shape %subview_122 [] : memref<1xf64, strided<[1], offset: 2>> into memref<f64, strided<[], offset: 2>>
    %40 = memref.load %collapse_shape_123[] : memref<f64, strided<[], offset: 2>>
    %41 = arith.mulf %3, %40 : f64
    %subview_124 = memref.subview %arg1[1] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 1>>
    %collapse_shape_125 = memref.collapse_shape %subview_124 [] : memref<1xf64, strided<[1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %42 = memref.load %collapse_shape_125[] : memref<f64, strided<[], offset: 1>>
    %43 = arith.mulf %3, %42 : f64
    %subview_126 = memref.subview %arg1[0] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1]>>
    %collapse_shape_127 = memref.collapse_shape %subview_126 [] : memref<1xf64, strided<[1]>> into memref<f64>
    %44 = memref.load %collapse_shape_127[] : memref<f64>
    %45 = arith.mulf %3, %44 : f64
    %subview_128 = memref.subview %arg0[1, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 4>>
    %collapse_shape_129 = memref.collapse_shape %subview_128 [] : memref<1x1xf64, strided<[3, 1], offset: 4>> into memref<f64, strided<[], offset: 4>>
    %46 = memref.load %collapse_shape_129[] : memref<f64, strided<[], offset: 4>>
    %47 = arith.mulf %46, %cst : f64
    %subview_130 = memref.subview %arg0[0, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 1>>
    %collapse_shape_131 = memref.collapse_shape %subview_130 [] : memref<1x1xf64, strided<[3, 1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %48 = memref.load %collapse_shape_131[] : memref<f64, strided<[], offset: 1>>
    %49 = arith.mulf %48, %cst : f64
    %50 = arith.mulf %49, %4 : f64
    %51 = arith.mulf %49, %6 : f64
    %52 = arith.mulf %49, %8 : f64
    %53 = arith.mulf %49, %10 : f64
    %54 = arith.mulf %49, %12 : f64
    %55 = arith.mulf %49, %14 : f64
    %56 = arith.mulf %49, %16 : f64
    %57 = arith.mulf %49, %18 : f64
    %58 = arith.mulf %49, %20 : f64
    %59 = arith.mulf %49, %22 : f64
    %60 = arith.mulf %49, %24 : f64
    %61 = arith.mulf %49, %26 : f64
    %62 = arith.mulf %49, %28 : f64
    %63 = arith.mulf %49, %30 : f64
    %64 = arith.mulf %49, %32 : f64
    %65 = arith.mulf %49, %34 : f64
    %66 = arith.mulf %49, %36 : f64
    %67 = arith.mulf %49, %38 : f64
    %68 = arith.mulf %49, %40 : f64
    %69 = arith.mulf %49, %42 : f64
    %70 = arith.mulf %49, %44 : f64
    %subview_132 = memref.subview %arg0[1, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 3>>
    %collapse_shape_133 = memref.collapse_shape %subview_132 [] : memref<1x1xf64, strided<[3, 1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %71 = memref.load %collapse_shape_133[] : memref<f64, strided<[], offset: 3>>
    %72 = arith.mulf %71, %cst : f64
    %subview_134 = memref.subview %arg0[0, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1]>>
    %collapse_shape_135 = memref.collapse_shape %subview_134 [] : memref<1x1xf64, strided<[3, 1]>> into memref<f64, strided<[]>>
    %73 = memref.load %collapse_shape_135[] : memref<f64, strided<[]>>
    %74 = arith.mulf %73, %cst : f64
    %75 = arith.mulf %74, %4 : f64
    %76 = arith.mulf %74, %6 : f64
    %77 = arith.mulf %74, %8 : f64
    %78 = arith.mulf %74, %10 : f64
    %79 = arith.mulf %74, %12 : f64
    %80 = arith.mulf %74, %14 : f64
    %81 = arith.mulf %74, %16 : f64
    %82 = arith.mulf %74, %18 : f64
    %83 = arith.mulf %74, %20 : f64
    %84 = arith.mulf %74, %22 : f64
    %85 = arith.mulf %74, %24 : f64
    %86 = arith.mulf %74, %26 : f64
    %87 = arith.mulf %74, %28 : f64
    %88 = arith.mulf %74, %30 : f64
    %89 = arith.mulf %74, %32 : f64
    %90 = arith.mulf %74, %34 : f64
    %91 = arith.mulf %74, %36 : f64
    %92 = arith.mulf %74, %38 : f64
    %93 = arith.mulf %74, %40 : f64
    %94 = arith.mulf %74, %42 : f64
    %95 = arith.mulf %74, %44 : f64
    quantum.device shots(%c0_i64) ["/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", "LightningSimulator", "{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}"]
    %96 = quantum.alloc( 14) : !quantum.reg
    %97 = quantum.extract %96[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits = quantum.custom "Hadamard"() %97 : !quantum.bit
    %98 = quantum.extract %96[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_136 = quantum.custom "Hadamard"() %98 : !quantum.bit
    %99 = quantum.extract %96[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_137 = quantum.custom "Hadamard"() %99 : !quantum.bit
    %100 = quantum.extract %96[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_138 = quantum.custom "Hadamard"() %100 : !quantum.bit
    %101 = quantum.extract %96[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_139 = quantum.custom "Hadamard"() %101 : !quantum.bit
    %102 = quantum.extract %96[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_140 = quantum.custom "Hadamard"() %102 : !quantum.bit
    %103 = quantum.extract %96[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_141 = quantum.custom "Hadamard"() %103 : !quantum.bit
    %104 = quantum.extract %96[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_142 = quantum.custom "Hadamard"() %104 : !quantum.bit
    %105 = quantum.extract %96[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_143 = quantum.custom "Hadamard"() %105 : !quantum.bit
    %106 = quantum.extract %96[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_144 = quantum.custom "Hadamard"() %106 : !quantum.bit
    %107 = quantum.extract %96[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_145 = quantum.custom "Hadamard"() %107 : !quantum.bit
    %108 = quantum.extract %96[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_146 = quantum.custom "Hadamard"() %108 : !quantum.bit
    %109 = quantum.extract %96[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_147 = quantum.custom "Hadamard"() %109 : !quantum.bit
    %110 = quantum.extract %96[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_148 = quantum.custom "Hadamard"() %110 : !quantum.bit
    %111 = quantum.insert %96[ 0], %out_qubits_148 : !quantum.reg, !quantum.bit
    %112 = quantum.insert %111[ 1], %out_qubits_147 : !quantum.reg, !quantum.bit
    %113 = quantum.insert %112[ 2], %out_qubits_146 : !quantum.reg, !quantum.bit
    %114 = quantum.insert %113[ 3], %out_qubits_145 : !quantum.reg, !quantum.bit
    %115 = quantum.insert %114[ 4], %out_qubits_144 : !quantum.reg, !quantum.bit
    %116 = quantum.insert %115[ 5], %out_qubits_143 : !quantum.reg, !quantum.bit
    %117 = quantum.insert %116[ 6], %out_qubits_142 : !quantum.reg, !quantum.bit
    %118 = quantum.insert %117[ 7], %out_qubits_141 : !quantum.reg, !quantum.bit
    %119 = quantum.insert %118[ 8], %out_qubits_140 : !quantum.reg, !quantum.bit
    %120 = quantum.insert %119[ 9], %out_qubits_139 : !quantum.reg, !quantum.bit
    %121 = quantum.insert %120[ 10], %out_qubits_138 : !quantum.reg, !quantum.bit
    %122 = quantum.insert %121[ 11], %out_qubits_137 : !quantum.reg, !quantum.bit
    %123 = quantum.insert %122[ 12], %out_qubits_136 : !quantum.reg, !quantum.bit
    %124 = quantum.insert %123[ 13], %out_qubits : !quantum.reg, !quantum.bit
    %125 = memref.load %collapse_shape[] : memref<i64, strided<[]>>
    %126 = quantum.extract %124[%125] : !quantum.reg -> !quantum.bit
    %127 = memref.load %collapse_shape_1[] : memref<i64, strided<[], offset: 1>>
    %128 = quantum.extract %124[%127] : !quantum.reg -> !quantum.bit
    %out_qubits_149:2 = quantum.multirz(%95) %126, %128 : !quantum.bit, !quantum.bit
    %129 = quantum.insert %124[%125], %out_qubits_149#0 : !quantum.reg, !quantum.bit
    %130 = quantum.insert %129[%127], %out_qubits_149#1 : !quantum.reg, !quantum.bit
    %131 = memref.load %collapse_shape_3[] : memref<i64, strided<[], offset: 2>>
    %132 = quantum.extract %130[%131] : !quantum.reg -> !quantum.bit
    %133 = memref.load %collapse_shape_5[] : memref<i64, strided<[], offset: 3>>
    %134 = quantum.extract %130[%133] : !quantum.reg -> !quantum.bit
    %out_qubits_150:2 = quantum.multirz(%94) %132, %134 : !quantum.bit, !quantum.bit
    %135 = quantum.insert %130[%131], %out_qubits_150#0 : !quantum.reg, !quantum.bit
    %136 = quantum.insert %135[%133], %out_qubits_150#1 : !quantum.reg, !quantum.bit
    %137 = memref.load %collapse_shape_7[] : memref<i64, strided<[], offset: 4>>
    %138 = quantum.extract %136[%137] : !quantum.reg -> !quantum.bit
    %139 = memref.load %collapse_shape_9[] : memref<i64, strided<[], offset: 5>>
    %140 = quantum.extract %136[%139] : !quantum.reg -> !quantum.bit
    %out_qubits_151:2 = quantum.multirz(%93) %138, %140 : !quantum.bit, !quantum.bit
    %141 = quantum.insert %136[%137], %out_qubits_151#0 : !quantum.reg, !quantum.bit
    %142 = quantum.insert %141[%139], %out_qubits_151#1 : !quantum.reg, !quantum.bit
    %143 = memref.load %collapse_shape_11[] : memref<i64, strided<[], offset: 6>>
    %144 = quantum.extract %142[%143] : !quantum.reg -> !quantum.bit
    %145 = memref.load %collapse_shape_13[] : memref<i64, strided<[], offset: 7>>
    %146 = quantum.extract %142[%145] : !quantum.reg -> !quantum.bit
    %out_qubits_152:2 = quantum.multirz(%92) %144, %146 : !quantum.bit, !quantum.bit
    %147 = quantum.insert %142[%143], %out_qubits_152#0 : !quantum.reg, !quantum.bit
    %148 = quantum.insert %147[%145], %out_qubits_152#1 : !quantum.reg, !quantum.bit
    %149 = memref.load %collapse_shape_15[] : memref<i64, strided<[], offset: 8>>
    %150 = quantum.extract %148[%149] : !quantum.reg -> !quantum.bit
    %151 = memref.load %collapse_shape_17[] : memref<i64, strided<[], offset: 9>>
    %152 = quantum.extract %148[%151] : !quantum.reg -> !quantum.bit
    %out_qubits_153:2 = quantum.multirz(%91) %150, %152 : !quantum.bit, !quantum.bit
    %153 = quantum.insert %148[%149], %out_qubits_153#0 : !quantum.reg, !quantum.bit
    %154 = quantum.insert %153[%151], %out_qubits_153#1 : !quantum.reg, !quantum.bit
    %155 = memref.load %collapse_shape_19[] : memref<i64, strided<[], offset: 10>>
    %156 = quantum.extract %154[%155] : !quantum.reg -> !quantum.bit
    %157 = memref.load %collapse_shape_21[] : memref<i64, strided<[], offset: 11>>
    %158 = quantum.extract %154[%157] : !quantum.reg -> !quantum.bit
    %out_qubits_154:2 = quantum.multirz(%90) %156, %158 : !quantum.bit, !quantum.bit
    %159 = quantum.insert %154[%155], %out_qubits_154#0 : !quantum.reg, !quantum.bit
    %160 = quantum.insert %159[%157], %out_qubits_154#1 : !quantum.reg, !quantum.bit
    %161 = memref.load %collapse_shape_23[] : memref<i64, strided<[], offset: 12>>
    %162 = quantum.extract %160[%161] : !quantum.reg -> !quantum.bit
    %163 = memref.load %collapse_shape_25[] : memref<i64, strided<[], offset: 13>>
    %164 = quantum.extract %160[%163] : !quantum.reg -> !quantum.bit
    %out_qubits_155:2 = quantum.multirz(%89) %162, %164 : !quantum.bit, !quantum.bit
    %165 = quantum.insert %160[%161], %out_qubits_155#0 : !quantum.reg, !quantum.bit
    %166 = quantum.insert %165[%163], %out_qubits_155#1 : !quantum.reg, !quantum.bit
    %167 = memref.load %collapse_shape_27[] : memref<i64, strided<[], offset: 14>>
    %168 = quantum.extract %166[%167] : !quantum.reg -> !quantum.bit
    %169 = memref.load %collapse_shape_29[] : memref<i64, strided<[], offset: 15>>
    %170 = quantum.extract %166[%169] : !quantum.reg -> !quantum.bit
    %out_qubits_156:2 = quantum.multirz(%88) %168, %170 : !quantum.bit, !quantum.bit
    %171 = quantum.insert %166[%167], %out_qubits_156#0 : !quantum.reg, !quantum.bit
    %172 = quantum.insert %171[%169], %out_qubits_156#1 : !quantum.reg, !quantum.bit
    %173 = memref.load %collapse_shape_31[] : memref<i64, strided<[], offset: 16>>
    %174 = quantum.extract %172[%173] : !quantum.reg -> !quantum.bit
    %175 = memref.load %collapse_shape_33[] : memref<i64, strided<[], offset: 17>>
    %176 = quantum.extract %172[%175] : !quantum.reg -> !quantum.bit
    %out_qubits_157:2 = quantum.multirz(%87) %174, %176 : !quantum.bit, !quantum.bit
    %177 = quantum.insert %172[%173], %out_qubits_157#0 : !quantum.reg, !quantum.bit
    %178 = quantum.insert %177[%175], %out_qubits_157#1 : !quantum.reg, !quantum.bit
    %179 = memref.load %collapse_shape_35[] : memref<i64, strided<[], offset: 18>>
    %180 = quantum.extract %178[%179] : !quantum.reg -> !quantum.bit
    %181 = memref.load %collapse_shape_37[] : memref<i64, strided<[], offset: 19>>
    %182 = quantum.extract %178[%181] : !quantum.reg -> !quantum.bit
    %out_qubits_158:2 = quantum.multirz(%86) %180, %182 : !quantum.bit, !quantum.bit
    %183 = quantum.insert %178[%179], %out_qubits_158#0 : !quantum.reg, !quantum.bit
    %184 = quantum.insert %183[%181], %out_qubits_158#1 : !quantum.reg, !quantum.bit
    %185 = memref.load %collapse_shape_39[] : memref<i64, strided<[], offset: 20>>
    %186 = quantum.extract %184[%185] : !quantum.reg -> !quantum.bit
    %187 = memref.load %collapse_shape_41[] : memref<i64, strided<[], offset: 21>>
    %188 = quantum.extract %184[%187] : !quantum.reg -> !quantum.bit
    %out_qubits_159:2 = quantum.multirz(%85) %186, %188 : !quantum.bit, !quantum.bit
    %189 = quantum.insert %184[%185], %out_qubits_159#0 : !quantum.reg, !quantum.bit
    %190 = quantum.insert %189[%187], %out_qubits_159#1 : !quantum.reg, !quantum.bit
    %191 = memref.load %collapse_shape_43[] : memref<i64, strided<[], offset: 22>>
    %192 = quantum.extract %190[%191] : !quantum.reg -> !quantum.bit
    %193 = memref.load %collapse_shape_45[] : memref<i64, strided<[], offset: 23>>
    %194 = quantum.extract %190[%193] : !quantum.reg -> !quantum.bit
    %out_qubits_160:2 = quantum.multirz(%84) %192, %194 : !quantum.bit, !quantum.bit
    %195 = quantum.insert %190[%191], %out_qubits_160#0 : !quantum.reg, !quantum.bit
    %196 = quantum.insert %195[%193], %out_qubits_160#1 : !quantum.reg, !quantum.bit
    %197 = memref.load %collapse_shape_47[] : memref<i64, strided<[], offset: 24>>
    %198 = quantum.extract %196[%197] : !quantum.reg -> !quantum.bit
    %199 = memref.load %collapse_shape_49[] : memref<i64, strided<[], offset: 25>>
    %200 = quantum.extract %196[%199] : !quantum.reg -> !quantum.bit
    %out_qubits_161:2 = quantum.multirz(%83) %198, %200 : !quantum.bit, !quantum.bit
    %201 = quantum.insert %196[%197], %out_qubits_161#0 : !quantum.reg, !quantum.bit
    %202 = quantum.insert %201[%199], %out_qubits_161#1 : !quantum.reg, !quantum.bit
    %203 = memref.load %collapse_shape_51[] : memref<i64, strided<[], offset: 26>>
    %204 = quantum.extract %202[%203] : !quantum.reg -> !quantum.bit
    %205 = memref.load %collapse_shape_53[] : memref<i64, strided<[], offset: 27>>
    %206 = quantum.extract %202[%205] : !quantum.reg -> !quantum.bit
    %out_qubits_162:2 = quantum.multirz(%82) %204, %206 : !quantum.bit, !quantum.bit
    %207 = quantum.insert %202[%203], %out_qubits_162#0 : !quantum.reg, !quantum.bit
    %208 = quantum.insert %207[%205], %out_qubits_162#1 : !quantum.reg, !quantum.bit
    %209 = memref.load %collapse_shape_55[] : memref<i64, strided<[], offset: 28>>
    %210 = quantum.extract %208[%209] : !quantum.reg -> !quantum.bit
    %211 = memref.load %collapse_shape_57[] : memref<i64, strided<[], offset: 29>>
    %212 = quantum.extract %208[%211] : !quantum.reg -> !quantum.bit
    %out_qubits_163:2 = quantum.multirz(%81) %210, %212 : !quantum.bit, !quantum.bit
    %213 = quantum.insert %208[%209], %out_qubits_163#0 : !quantum.reg, !quantum.bit
    %214 = quantum.insert %213[%211], %out_qubits_163#1 : !quantum.reg, !quantum.bit
    %215 = memref.load %collapse_shape_59[] : memref<i64, strided<[], offset: 30>>
    %216 = quantum.extract %214[%215] : !quantum.reg -> !quantum.bit
    %217 = memref.load %collapse_shape_61[] : memref<i64, strided<[], offset: 31>>
    %218 = quantum.extract %214[%217] : !quantum.reg -> !quantum.bit
    %out_qubits_164:2 = quantum.multirz(%80) %216, %218 : !quantum.bit, !quantum.bit
    %219 = quantum.insert %214[%215], %out_qubits_164#0 : !quantum.reg, !quantum.bit
    %220 = quantum.insert %219[%217], %out_qubits_164#1 : !quantum.reg, !quantum.bit
    %221 = memref.load %collapse_shape_63[] : memref<i64, strided<[], offset: 32>>
    %222 = quantum.extract %220[%221] : !quantum.reg -> !quantum.bit
    %223 = memref.load %collapse_shape_65[] : memref<i64, strided<[], offset: 33>>
    %224 = quantum.extract %220[%223] : !quantum.reg -> !quantum.bit
    %out_qubits_165:2 = quantum.multirz(%79) %222, %224 : !quantum.bit, !quantum.bit
    %225 = quantum.insert %220[%221], %out_qubits_165#0 : !quantum.reg, !quantum.bit
    %226 = quantum.insert %225[%223], %out_qubits_165#1 : !quantum.reg, !quantum.bit
    %227 = memref.load %collapse_shape_67[] : memref<i64, strided<[], offset: 34>>
    %228 = quantum.extract %226[%227] : !quantum.reg -> !quantum.bit
    %229 = memref.load %collapse_shape_69[] : memref<i64, strided<[], offset: 35>>
    %230 = quantum.extract %226[%229] : !quantum.reg -> !quantum.bit
    %out_qubits_166:2 = quantum.multirz(%78) %228, %230 : !quantum.bit, !quantum.bit
    %231 = quantum.insert %226[%227], %out_qubits_166#0 : !quantum.reg, !quantum.bit
    %232 = quantum.insert %231[%229], %out_qubits_166#1 : !quantum.reg, !quantum.bit
    %233 = memref.load %collapse_shape_71[] : memref<i64, strided<[], offset: 36>>
    %234 = quantum.extract %232[%233] : !quantum.reg -> !quantum.bit
    %235 = memref.load %collapse_shape_73[] : memref<i64, strided<[], offset: 37>>
    %236 = quantum.extract %232[%235] : !quantum.reg -> !quantum.bit
    %out_qubits_167:2 = quantum.multirz(%77) %234, %236 : !quantum.bit, !quantum.bit
    %237 = quantum.insert %232[%233], %out_qubits_167#0 : !quantum.reg, !quantum.bit
    %238 = quantum.insert %237[%235], %out_qubits_167#1 : !quantum.reg, !quantum.bit
    %239 = memref.load %collapse_shape_75[] : memref<i64, strided<[], offset: 38>>
    %240 = quantum.extract %238[%239] : !quantum.reg -> !quantum.bit
    %241 = memref.load %collapse_shape_77[] : memref<i64, strided<[], offset: 39>>
    %242 = quantum.extract %238[%241] : !quantum.reg -> !quantum.bit
    %out_qubits_168:2 = quantum.multirz(%76) %240, %242 : !quantum.bit, !quantum.bit
    %243 = quantum.insert %238[%239], %out_qubits_168#0 : !quantum.reg, !quantum.bit
    %244 = quantum.insert %243[%241], %out_qubits_168#1 : !quantum.reg, !quantum.bit
    %245 = memref.load %collapse_shape_79[] : memref<i64, strided<[], offset: 40>>
    %246 = quantum.extract %244[%245] : !quantum.reg -> !quantum.bit
    %247 = memref.load %collapse_shape_81[] : memref<i64, strided<[], offset: 41>>
    %248 = quantum.extract %244[%247] : !quantum.reg -> !quantum.bit
    %out_qubits_169:2 = quantum.multirz(%75) %246, %248 : !quantum.bit, !quantum.bit
    %249 = quantum.insert %244[%245], %out_qubits_169#0 : !quantum.reg, !quantum.bit
    %250 = quantum.insert %249[%247], %out_qubits_169#1 : !quantum.reg, !quantum.bit
    %251 = quantum.extract %250[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_170 = quantum.custom "RX"(%72) %251 : !quantum.bit
    %252 = quantum.extract %250[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_171 = quantum.custom "RX"(%72) %252 : !quantum.bit
    %253 = quantum.extract %250[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_172 = quantum.custom "RX"(%72) %253 : !quantum.bit
    %254 = quantum.extract %250[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_173 = quantum.custom "RX"(%72) %254 : !quantum.bit
    %255 = quantum.extract %250[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_174 = quantum.custom "RX"(%72) %255 : !quantum.bit
    %256 = quantum.extract %250[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_175 = quantum.custom "RX"(%72) %256 : !quantum.bit
    %257 = quantum.extract %250[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_176 = quantum.custom "RX"(%72) %257 : !quantum.bit
    %258 = quantum.extract %250[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_177 = quantum.custom "RX"(%72) %258 : !quantum.bit
    %259 = quantum.extract %250[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_178 = quantum.custom "RX"(%72) %259 : !quantum.bit
    %260 = quantum.extract %250[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_179 = quantum.custom "RX"(%72) %260 : !quantum.bit
    %261 = quantum.extract %250[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_180 = quantum.custom "RX"(%72) %261 : !quantum.bit
    %262 = quantum.extract %250[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_181 = quantum.custom "RX"(%72) %262 : !quantum.bit
    %263 = quantum.extract %250[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_182 = quantum.custom "RX"(%72) %263 : !quantum.bit
    %264 = quantum.extract %250[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_183 = quantum.custom "RX"(%72) %264 : !quantum.bit
    %265 = quantum.insert %250[ 0], %out_qubits_183 : !quantum.reg, !quantum.bit
    %266 = quantum.insert %265[ 1], %out_qubits_182 : !quantum.reg, !quantum.bit
    %267 = quantum.insert %266[ 2], %out_qubits_181 : !quantum.reg, !quantum.bit
    %268 = quantum.insert %267[ 3], %out_qubits_180 : !quantum.reg, !quantum.bit
    %269 = quantum.insert %268[ 4], %out_qubits_179 : !quantum.reg, !quantum.bit
    %270 = quantum.insert %269[ 5], %out_qubits_178 : !quantum.reg, !quantum.bit
    %271 = quantum.insert %270[ 6], %out_qubits_177 : !quantum.reg, !quantum.bit
    %272 = quantum.insert %271[ 7], %out_qubits_176 : !quantum.reg, !quantum.bit
    %273 = quantum.insert %272[ 8], %out_qubits_175 : !quantum.reg, !quantum.bit
    %274 = quantum.insert %273[ 9], %out_qubits_174 : !quantum.reg, !quantum.bit
    %275 = quantum.insert %274[ 10], %out_qubits_173 : !quantum.reg, !quantum.bit
    %276 = quantum.insert %275[ 11], %out_qubits_172 : !quantum.reg, !quantum.bit
    %277 = quantum.insert %276[ 12], %out_qubits_171 : !quantum.reg, !quantum.bit
    %278 = quantum.insert %277[ 13], %out_qubits_170 : !quantum.reg, !quantum.bit
    %279 = quantum.extract %278[%125] : !quantum.reg -> !quantum.bit
    %280 = quantum.extract %278[%127] : !quantum.reg -> !quantum.bit
    %out_qubits_184:2 = quantum.multirz(%70) %279, %280 : !quantum.bit, !quantum.bit
    %281 = quantum.insert %278[%125], %out_qubits_184#0 : !quantum.reg, !quantum.bit
    %282 = quantum.insert %281[%127], %out_qubits_184#1 : !quantum.reg, !quantum.bit
    %283 = quantum.extract %282[%131] : !quantum.reg -> !quantum.bit
    %284 = quantum.extract %282[%133] : !quantum.reg -> !quantum.bit
    %out_qubits_185:2 = quantum.multirz(%69) %283, %284 : !quantum.bit, !quantum.bit
    %285 = quantum.insert %282[%131], %out_qubits_185#0 : !quantum.reg, !quantum.bit
    %286 = quantum.insert %285[%133], %out_qubits_185#1 : !quantum.reg, !quantum.bit
    %287 = quantum.extract %286[%137] : !quantum.reg -> !quantum.bit
    %288 = quantum.extract %286[%139] : !quantum.reg -> !quantum.bit
    %out_qubits_186:2 = quantum.multirz(%68) %287, %288 : !quantum.bit, !quantum.bit
    %289 = quantum.insert %286[%137], %out_qubits_186#0 : !quantum.reg, !quantum.bit
    %290 = quantum.insert %289[%139], %out_qubits_186#1 : !quantum.reg, !quantum.bit
    %291 = quantum.extract %290[%143] : !quantum.reg -> !quantum.bit
    %292 = quantum.extract %290[%145] : !quantum.reg -> !quantum.bit
    %out_qubits_187:2 = quantum.multirz(%67) %291, %292 : !quantum.bit, !quantum.bit
    %293 = quantum.insert %290[%143], %out_qubits_187#0 : !quantum.reg, !quantum.bit
    %294 = quantum.insert %293[%145], %out_qubits_187#1 : !quantum.reg, !quantum.bit
    %295 = quantum.extract %294[%149] : !quantum.reg -> !quantum.bit
    %296 = quantum.extract %294[%151] : !quantum.reg -> !quantum.bit
    %out_qubits_188:2 = quantum.multirz(%66) %295, %296 : !quantum.bit, !quantum.bit
    %297 = quantum.insert %294[%149], %out_qubits_188#0 : !quantum.reg, !quantum.bit
    %298 = quantum.insert %297[%151], %out_qubits_188#1 : !quantum.reg, !quantum.bit
    %299 = quantum.extract %298[%155] : !quantum.reg -> !quantum.bit
    %300 = quantum.extract %298[%157] : !quantum.reg -> !quantum.bit
    %out_qubits_189:2 = quantum.multirz(%65) %299, %300 : !quantum.bit, !quantum.bit
    %301 = quantum.insert %298[%155], %out_qubits_189#0 : !quantum.reg, !quantum.bit
    %302 = quantum.insert %301[%157], %out_qubits_189#1 : !quantum.reg, !quantum.bit
    %303 = quantum.extract %302[%161] : !quantum.reg -> !quantum.bit
    %304 = quantum.extract %302[%163] : !quantum.reg -> !quantum.bit
    %out_qubits_190:2 = quantum.multirz(%64) %303, %304 : !quantum.bit, !quantum.bit
    %305 = quantum.insert %302[%161], %out_qubits_190#0 : !quantum.reg, !quantum.bit
    %306 = quantum.insert %305[%163], %out_qubits_190#1 : !quantum.reg, !quantum.bit
    %307 = quantum.extract %306[%167] : !quantum.reg -> !quantum.bit
    %308 = quantum.extract %306[%169] : !quantum.reg -> !quantum.bit
    %out_qubits_191:2 = quantum.multirz(%63) %307, %308 : !quantum.bit, !quantum.bit
    %309 = quantum.insert %306[%167], %out_qubits_191#0 : !quantum.reg, !quantum.bit
    %310 = quantum.insert %309[%169], %out_qubits_191#1 : !quantum.reg, !quantum.bit
    %311 = quantum.extract %310[%173] : !quantum.reg -> !quantum.bit
    %312 = quantum.extract %310[%175] : !quantum.reg -> !quantum.bit
    %out_qubits_192:2 = quantum.multirz(%62) %311, %312 : !quantum.bit, !quantum.bit
    %313 = quantum.insert %310[%173], %out_qubits_192#0 : !quantum.reg, !quantum.bit
    %314 = quantum.insert %313[%175], %out_qubits_192#1 : !quantum.reg, !quantum.bit
    %315 = quantum.extract %314[%179] : !quantum.reg -> !quantum.bit
    %316 = quantum.extract %314[%181] : !quantum.reg -> !quantum.bit
    %out_qubits_193:2 = quantum.multirz(%61) %315, %316 : !quantum.bit, !quantum.bit
    %317 = quantum.insert %314[%179], %out_qubits_193#0 : !quantum.reg, !quantum.bit
    %318 = quantum.insert %317[%181], %out_qubits_193#1 : !quantum.reg, !quantum.bit
    %319 = quantum.extract %318[%185] : !quantum.reg -> !quantum.bit
    %320 = quantum.extract %318[%187] : !quantum.reg -> !quantum.bit
    %out_qubits_194:2 = quantum.multirz(%60) %319, %320 : !quantum.bit, !quantum.bit
    %321 = quantum.insert %318[%185], %out_qubits_194#0 : !quantum.reg, !quantum.bit
    %322 = quantum.insert %321[%187], %out_qubits_194#1 : !quantum.reg, !quantum.bit
    %323 = quantum.extract %322[%191] : !quantum.reg -> !quantum.bit
    %324 = quantum.extract %322[%193] : !quantum.reg -> !quantum.bit
    %out_qubits_195:2 = quantum.multirz(%59) %323, %324 : !quantum.bit, !quantum.bit
    %325 = quantum.insert %322[%191], %out_qubits_195#0 : !quantum.reg, !quantum.bit
    %326 = quantum.insert %325[%193], %out_qubits_195#1 : !quantum.reg, !quantum.bit
    %327 = quantum.extract %326[%197] : !quantum.reg -> !quantum.bit
    %328 = quantum.extract %326[%199] : !quantum.reg -> !quantum.bit
    %out_qubits_196:2 = quantum.multirz(%58) %327, %328 : !quantum.bit, !quantum.bit
    %329 = quantum.insert %326[%197], %out_qubits_196#0 : !quantum.reg, !quantum.bit
    %330 = quantum.insert %329[%199], %out_qubits_196#1 : !quantum.reg, !quantum.bit
    %331 = quantum.extract %330[%203] : !quantum.reg -> !quantum.bit
    %332 = quantum.extract %330[%205] : !quantum.reg -> !quantum.bit
    %out_qubits_197:2 = quantum.multirz(%57) %331, %332 : !quantum.bit, !quantum.bit
    %333 = quantum.insert %330[%203], %out_qubits_197#0 : !quantum.reg, !quantum.bit
    %334 = quantum.insert %333[%205], %out_qubits_197#1 : !quantum.reg, !quantum.bit
    %335 = quantum.extract %334[%209] : !quantum.reg -> !quantum.bit
    %336 = quantum.extract %334[%211] : !quantum.reg -> !quantum.bit
    %out_qubits_198:2 = quantum.multirz(%56) %335, %336 : !quantum.bit, !quantum.bit
    %337 = quantum.insert %334[%209], %out_qubits_198#0 : !quantum.reg, !quantum.bit
    %338 = quantum.insert %337[%211], %out_qubits_198#1 : !quantum.reg, !quantum.bit
    %339 = quantum.extract %338[%215] : !quantum.reg -> !quantum.bit
    %340 = quantum.extract %338[%217] : !quantum.reg -> !quantum.bit
    %out_qubits_199:2 = quantum.multirz(%55) %339, %340 : !quantum.bit, !quantum.bit
    %341 = quantum.insert %338[%215], %out_qubits_199#0 : !quantum.reg, !quantum.bit
    %342 = quantum.insert %341[%217], %out_qubits_199#1 : !quantum.reg, !quantum.bit
    %343 = quantum.extract %342[%221] : !quantum.reg -> !quantum.bit
    %344 = quantum.extract %342[%223] : !quantum.reg -> !quantum.bit
    %out_qubits_200:2 = quantum.multirz(%54) %343, %344 : !quantum.bit, !quantum.bit
    %345 = quantum.insert %342[%221], %out_qubits_200#0 : !quantum.reg, !quantum.bit
    %346 = quantum.insert %345[%223], %out_qubits_200#1 : !quantum.reg, !quantum.bit
    %347 = quantum.extract %346[%227] : !quantum.reg -> !quantum.bit
    %348 = quantum.extract %346[%229] : !quantum.reg -> !quantum.bit
    %out_qubits_201:2 = quantum.multirz(%53) %347, %348 : !quantum.bit, !quantum.bit
    %349 = quantum.insert %346[%227], %out_qubits_201#0 : !quantum.reg, !quantum.bit
    %350 = quantum.insert %349[%229], %out_qubits_201#1 : !quantum.reg, !quantum.bit
    %351 = quantum.extract %350[%233] : !quantum.reg -> !quantum.bit
    %352 = quantum.extract %350[%235] : !quantum.reg -> !quantum.bit
    %out_qubits_202:2 = quantum.multirz(%52) %351, %352 : !quantum.bit, !quantum.bit
    %353 = quantum.insert %350[%233], %out_qubits_202#0 : !quantum.reg, !quantum.bit
    %354 = quantum.insert %353[%235], %out_qubits_202#1 : !quantum.reg, !quantum.bit
    %355 = quantum.extract %354[%239] : !quantum.reg -> !quantum.bit
    %356 = quantum.extract %354[%241] : !quantum.reg -> !quantum.bit
    %out_qubits_203:2 = quantum.multirz(%51) %355, %356 : !quantum.bit, !quantum.bit
    %357 = quantum.insert %354[%239], %out_qubits_203#0 : !quantum.reg, !quantum.bit
    %358 = quantum.insert %357[%241], %out_qubits_203#1 : !quantum.reg, !quantum.bit
    %359 = quantum.extract %358[%245] : !quantum.reg -> !quantum.bit
    %360 = quantum.extract %358[%247] : !quantum.reg -> !quantum.bit
    %out_qubits_204:2 = quantum.multirz(%50) %359, %360 : !quantum.bit, !quantum.bit
    %361 = quantum.insert %358[%245], %out_qubits_204#0 : !quantum.reg, !quantum.bit
    %362 = quantum.insert %361[%247], %out_qubits_204#1 : !quantum.reg, !quantum.bit
    %363 = quantum.extract %362[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_205 = quantum.custom "RX"(%47) %363 : !quantum.bit
    %364 = quantum.extract %362[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_206 = quantum.custom "RX"(%47) %364 : !quantum.bit
    %365 = quantum.extract %362[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_207 = quantum.custom "RX"(%47) %365 : !quantum.bit
    %366 = quantum.extract %362[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_208 = quantum.custom "RX"(%47) %366 : !quantum.bit
    %367 = quantum.extract %362[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_209 = quantum.custom "RX"(%47) %367 : !quantum.bit
    %368 = quantum.extract %362[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_210 = quantum.custom "RX"(%47) %368 : !quantum.bit
    %369 = quantum.extract %362[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_211 = quantum.custom "RX"(%47) %369 : !quantum.bit
    %370 = quantum.extract %362[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_212 = quantum.custom "RX"(%47) %370 : !quantum.bit
    %371 = quantum.extract %362[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_213 = quantum.custom "RX"(%47) %371 : !quantum.bit
    %372 = quantum.extract %362[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_214 = quantum.custom "RX"(%47) %372 : !quantum.bit
    %373 = quantum.extract %362[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_215 = quantum.custom "RX"(%47) %373 : !quantum.bit
    %374 = quantum.extract %362[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_216 = quantum.custom "RX"(%47) %374 : !quantum.bit
    %375 = quantum.extract %362[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_217 = quantum.custom "RX"(%47) %375 : !quantum.bit
    %376 = quantum.extract %362[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_218 = quantum.custom "RX"(%47) %376 : !quantum.bit
    %377 = quantum.insert %362[ 0], %out_qubits_218 : !quantum.reg, !quantum.bit
    %378 = quantum.insert %377[ 1], %out_qubits_217 : !quantum.reg, !quantum.bit
    %379 = quantum.insert %378[ 2], %out_qubits_216 : !quantum.reg, !quantum.bit
    %380 = quantum.insert %379[ 3], %out_qubits_215 : !quantum.reg, !quantum.bit
    %381 = quantum.insert %380[ 4], %out_qubits_214 : !quantum.reg, !quantum.bit
    %382 = quantum.insert %381[ 5], %out_qubits_213 : !quantum.reg, !quantum.bit
    %383 = quantum.insert %382[ 6], %out_qubits_212 : !quantum.reg, !quantum.bit
    %384 = quantum.insert %383[ 7], %out_qubits_211 : !quantum.reg, !quantum.bit
    %385 = quantum.insert %384[ 8], %out_qubits_210 : !quantum.reg, !quantum.bit
    %386 = quantum.insert %385[ 9], %out_qubits_209 : !quantum.reg, !quantum.bit
    %387 = quantum.insert %386[ 10], %out_qubits_208 : !quantum.reg, !quantum.bit
    %388 = quantum.insert %387[ 11], %out_qubits_207 : !quantum.reg, !quantum.bit
    %389 = quantum.insert %388[ 12], %out_qubits_206 : !quantum.reg, !quantum.bit
    %390 = quantum.insert %389[ 13], %out_qubits_205 : !quantum.reg, !quantum.bit
    %391 = quantum.extract %390[%125] : !quantum.reg -> !quantum.bit
    %392 = quantum.extract %390[%127] : !quantum.reg -> !quantum.bit
    %out_qubits_219:2 = quantum.multirz(%45) %391, %392 : !quantum.bit, !quantum.bit
    %393 = quantum.insert %390[%125], %out_qubits_219#0 : !quantum.reg, !quantum.bit
    %394 = quantum.insert %393[%127], %out_qubits_219#1 : !quantum.reg, !quantum.bit
    %395 = quantum.extract %394[%131] : !quantum.reg -> !quantum.bit
    %396 = quantum.extract %394[%133] : !quantum.reg -> !quantum.bit
    %out_qubits_220:2 = quantum.multirz(%43) %395, %396 : !quantum.bit, !quantum.bit
    %397 = quantum.insert %394[%131], %out_qubits_220#0 : !quantum.reg, !quantum.bit
    %398 = quantum.insert %397[%133], %out_qubits_220#1 : !quantum.reg, !quantum.bit
    %399 = quantum.extract %398[%137] : !quantum.reg -> !quantum.bit
    %400 = quantum.extract %398[%139] : !quantum.reg -> !quantum.bit
    %out_qubits_221:2 = quantum.multirz(%41) %399, %400 : !quantum.bit, !quantum.bit
    %401 = quantum.insert %398[%137], %out_qubits_221#0 : !quantum.reg, !quantum.bit
    %402 = quantum.insert %401[%139], %out_qubits_221#1 : !quantum.reg, !quantum.bit
    %403 = quantum.extract %402[%143] : !quantum.reg -> !quantum.bit
    %404 = quantum.extract %402[%145] : !quantum.reg -> !quantum.bit
    %out_qubits_222:2 = quantum.multirz(%39) %403, %404 : !quantum.bit, !quantum.bit
    %405 = quantum.insert %402[%143], %out_qubits_222#0 : !quantum.reg, !quantum.bit
    %406 = quantum.insert %405[%145], %out_qubits_222#1 : !quantum.reg, !quantum.bit
    %407 = quantum.extract %406[%149] : !quantum.reg -> !quantum.bit
    %408 = quantum.extract %406[%151] : !quantum.reg -> !quantum.bit
    %out_qubits_223:2 = quantum.multirz(%37) %407, %408 : !quantum.bit, !quantum.bit
    %409 = quantum.insert %406[%149], %out_qubits_223#0 : !quantum.reg, !quantum.bit
    %410 = quantum.insert %409[%151], %out_qubits_223#1 : !quantum.reg, !quantum.bit
    %411 = quantum.extract %410[%155] : !quantum.reg -> !quantum.bit
    %412 = quantum.extract %410[%157] : !quantum.reg -> !quantum.bit
    %out_qubits_224:2 = quantum.multirz(%35) %411, %412 : !quantum.bit, !quantum.bit
    %413 = quantum.insert %410[%155], %out_qubits_224#0 : !quantum.reg, !quantum.bit
    %414 = quantum.insert %413[%157], %out_qubits_224#1 : !quantum.reg, !quantum.bit
    %415 = quantum.extract %414[%161] : !quantum.reg -> !quantum.bit
    %416 = quantum.extract %414[%163] : !quantum.reg -> !quantum.bit
    %out_qubits_225:2 = quantum.multirz(%33) %415, %416 : !quantum.bit, !quantum.bit
    %417 = quantum.insert %414[%161], %out_qubits_225#0 : !quantum.reg, !quantum.bit
    %418 = quantum.insert %417[%163], %out_qubits_225#1 : !quantum.reg, !quantum.bit
    %419 = quantum.extract %418[%167] : !quantum.reg -> !quantum.bit
    %420 = quantum.extract %418[%169] : !quantum.reg -> !quantum.bit
    %out_qubits_226:2 = quantum.multirz(%31) %419, %420 : !quantum.bit, !quantum.bit
    %421 = quantum.insert %418[%167], %out_qubits_226#0 : !quantum.reg, !quantum.bit
    %422 = quantum.insert %421[%169], %out_qubits_226#1 : !quantum.reg, !quantum.bit
    %423 = quantum.extract %422[%173] : !quantum.reg -> !quantum.bit
    %424 = quantum.extract %422[%175] : !quantum.reg -> !quantum.bit
    %out_qubits_227:2 = quantum.multirz(%29) %423, %424 : !quantum.bit, !quantum.bit
    %425 = quantum.insert %422[%173], %out_qubits_227#0 : !quantum.reg, !quantum.bit
    %426 = quantum.insert %425[%175], %out_qubits_227#1 : !quantum.reg, !quantum.bit
    %427 = quantum.extract %426[%179] : !quantum.reg -> !quantum.bit
    %428 = quantum.extract %426[%181] : !quantum.reg -> !quantum.bit
    %out_qubits_228:2 = quantum.multirz(%27) %427, %428 : !quantum.bit, !quantum.bit
    %429 = quantum.insert %426[%179], %out_qubits_228#0 : !quantum.reg, !quantum.bit
    %430 = quantum.insert %429[%181], %out_qubits_228#1 : !quantum.reg, !quantum.bit
    %431 = quantum.extract %430[%185] : !quantum.reg -> !quantum.bit
    %432 = quantum.extract %430[%187] : !quantum.reg -> !quantum.bit
    %out_qubits_229:2 = quantum.multirz(%25) %431, %432 : !quantum.bit, !quantum.bit
    %433 = quantum.insert %430[%185], %out_qubits_229#0 : !quantum.reg, !quantum.bit
    %434 = quantum.insert %433[%187], %out_qubits_229#1 : !quantum.reg, !quantum.bit
    %435 = quantum.extract %434[%191] : !quantum.reg -> !quantum.bit
    %436 = quantum.extract %434[%193] : !quantum.reg -> !quantum.bit
    %out_qubits_230:2 = quantum.multirz(%23) %435, %436 : !quantum.bit, !quantum.bit
    %437 = quantum.insert %434[%191], %out_qubits_230#0 : !quantum.reg, !quantum.bit
    %438 = quantum.insert %437[%193], %out_qubits_230#1 : !quantum.reg, !quantum.bit
    %439 = quantum.extract %438[%197] : !quantum.reg -> !quantum.bit
    %440 = quantum.extract %438[%199] : !quantum.reg -> !quantum.bit
    %out_qubits_231:2 = quantum.multirz(%21) %439, %440 : !quantum.bit, !quantum.bit
    %441 = quantum.insert %438[%197], %out_qubits_231#0 : !quantum.reg, !quantum.bit
    %442 = quantum.insert %441[%199], %out_qubits_231#1 : !quantum.reg, !quantum.bit
    %443 = quantum.extract %442[%203] : !quantum.reg -> !quantum.bit
    %444 = quantum.extract %442[%205] : !quantum.reg -> !quantum.bit
    %out_qubits_232:2 = quantum.multirz(%19) %443, %444 : !quantum.bit, !quantum.bit
    %445 = quantum.insert %442[%203], %out_qubits_232#0 : !quantum.reg, !quantum.bit
    %446 = quantum.insert %445[%205], %out_qubits_232#1 : !quantum.reg, !quantum.bit
    %447 = quantum.extract %446[%209] : !quantum.reg -> !quantum.bit
    %448 = quantum.extract %446[%211] : !quantum.reg -> !quantum.bit
    %out_qubits_233:2 = quantum.multirz(%17) %447, %448 : !quantum.bit, !quantum.bit
    %449 = quantum.insert %446[%209], %out_qubits_233#0 : !quantum.reg, !quantum.bit
    %450 = quantum.insert %449[%211], %out_qubits_233#1 : !quantum.reg, !quantum.bit
    %451 = quantum.extract %450[%215] : !quantum.reg -> !quantum.bit
    %452 = quantum.extract %450[%217] : !quantum.reg -> !quantum.bit
    %out_qubits_234:2 = quantum.multirz(%15) %451, %452 : !quantum.bit, !quantum.bit
    %453 = quantum.insert %450[%215], %out_qubits_234#0 : !quantum.reg, !quantum.bit
    %454 = quantum.insert %453[%217], %out_qubits_234#1 : !quantum.reg, !quantum.bit
    %455 = quantum.extract %454[%221] : !quantum.reg -> !quantum.bit
    %456 = quantum.extract %454[%223] : !quantum.reg -> !quantum.bit
    %out_qubits_235:2 = quantum.multirz(%13) %455, %456 : !quantum.bit, !quantum.bit
    %457 = quantum.insert %454[%221], %out_qubits_235#0 : !quantum.reg, !quantum.bit
    %458 = quantum.insert %457[%223], %out_qubits_235#1 : !quantum.reg, !quantum.bit
    %459 = quantum.extract %458[%227] : !quantum.reg -> !quantum.bit
    %460 = quantum.extract %458[%229] : !quantum.reg -> !quantum.bit
    %out_qubits_236:2 = quantum.multirz(%11) %459, %460 : !quantum.bit, !quantum.bit
    %461 = quantum.insert %458[%227], %out_qubits_236#0 : !quantum.reg, !quantum.bit
    %462 = quantum.insert %461[%229], %out_qubits_236#1 : !quantum.reg, !quantum.bit
    %463 = quantum.extract %462[%233] : !quantum.reg -> !quantum.bit
    %464 = quantum.extract %462[%235] : !quantum.reg -> !quantum.bit
    %out_qubits_237:2 = quantum.multirz(%9) %463, %464 : !quantum.bit, !quantum.bit
    %465 = quantum.insert %462[%233], %out_qubits_237#0 : !quantum.reg, !quantum.bit
    %466 = quantum.insert %465[%235], %out_qubits_237#1 : !quantum.reg, !quantum.bit
    %467 = quantum.extract %466[%239] : !quantum.reg -> !quantum.bit
    %468 = quantum.extract %466[%241] : !quantum.reg -> !quantum.bit
    %out_qubits_238:2 = quantum.multirz(%7) %467, %468 : !quantum.bit, !quantum.bit
    %469 = quantum.insert %466[%239], %out_qubits_238#0 : !quantum.reg, !quantum.bit
    %470 = quantum.insert %469[%241], %out_qubits_238#1 : !quantum.reg, !quantum.bit
    %471 = quantum.extract %470[%245] : !quantum.reg -> !quantum.bit
    %472 = quantum.extract %470[%247] : !quantum.reg -> !quantum.bit
    %out_qubits_239:2 = quantum.multirz(%5) %471, %472 : !quantum.bit, !quantum.bit
    %473 = quantum.insert %470[%245], %out_qubits_239#0 : !quantum.reg, !quantum.bit
    %474 = quantum.insert %473[%247], %out_qubits_239#1 : !quantum.reg, !quantum.bit
    %475 = quantum.extract %474[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_240 = quantum.custom "RX"(%1) %475 : !quantum.bit
    %476 = quantum.extract %474[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_241 = quantum.custom "RX"(%1) %476 : !quantum.bit
    %477 = quantum.extract %474[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_242 = quantum.custom "RX"(%1) %477 : !quantum.bit
    %478 = quantum.extract %474[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_243 = quantum.custom "RX"(%1) %478 : !quantum.bit
    %479 = quantum.extract %474[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_244 = quantum.custom "RX"(%1) %479 : !quantum.bit
    %480 = quantum.extract %474[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_245 = quantum.custom "RX"(%1) %480 : !quantum.bit
    %481 = quantum.extract %474[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_246 = quantum.custom "RX"(%1) %481 : !quantum.bit
    %482 = quantum.extract %474[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_247 = quantum.custom "RX"(%1) %482 : !quantum.bit
    %483 = quantum.extract %474[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_248 = quantum.custom "RX"(%1) %483 : !quantum.bit
    %484 = quantum.extract %474[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_249 = quantum.custom "RX"(%1) %484 : !quantum.bit
    %485 = quantum.extract %474[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_250 = quantum.custom "RX"(%1) %485 : !quantum.bit
    %486 = quantum.extract %474[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_251 = quantum.custom "RX"(%1) %486 : !quantum.bit
    %487 = quantum.extract %474[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_252 = quantum.custom "RX"(%1) %487 : !quantum.bit
    %488 = quantum.extract %474[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_253 = quantum.custom "RX"(%1) %488 : !quantum.bit
    %489 = quantum.insert %474[ 0], %out_qubits_240 : !quantum.reg, !quantum.bit
    %490 = quantum.insert %489[ 1], %out_qubits_241 : !quantum.reg, !quantum.bit
    %491 = quantum.insert %490[ 2], %out_qubits_242 : !quantum.reg, !quantum.bit
    %492 = quantum.insert %491[ 3], %out_qubits_243 : !quantum.reg, !quantum.bit
    %493 = quantum.insert %492[ 4], %out_qubits_244 : !quantum.reg, !quantum.bit
    %494 = quantum.insert %493[ 5], %out_qubits_245 : !quantum.reg, !quantum.bit
    %495 = quantum.insert %494[ 6], %out_qubits_246 : !quantum.reg, !quantum.bit
    %496 = quantum.insert %495[ 7], %out_qubits_247 : !quantum.reg, !quantum.bit
    %497 = quantum.insert %496[ 8], %out_qubits_248 : !quantum.reg, !quantum.bit
    %498 = quantum.insert %497[ 9], %out_qubits_249 : !quantum.reg, !quantum.bit
    %499 = quantum.insert %498[ 10], %out_qubits_250 : !quantum.reg, !quantum.bit
    %500 = quantum.insert %499[ 11], %out_qubits_251 : !quantum.reg, !quantum.bit
    %501 = quantum.insert %500[ 12], %out_qubits_252 : !quantum.reg, !quantum.bit
    %502 = quantum.insert %501[ 13], %out_qubits_253 : !quantum.reg, !quantum.bit
    %503 = quantum.extract %502[%125] : !quantum.reg -> !quantum.bit
    %504 = quantum.namedobs %503[ PauliZ] : !quantum.obs
    %505 = quantum.insert %502[%125], %503 : !quantum.reg, !quantum.bit
    %506 = quantum.extract %505[%127] : !quantum.reg -> !quantum.bit
    %507 = quantum.namedobs %506[ PauliZ] : !quantum.obs
    %508 = quantum.tensor %504, %507 : !quantum.obs
    %509 = quantum.insert %505[%127], %506 : !quantum.reg, !quantum.bit
    %510 = quantum.extract %509[%131] : !quantum.reg -> !quantum.bit
    %511 = quantum.namedobs %510[ PauliZ] : !quantum.obs
    %512 = quantum.insert %509[%131], %510 : !quantum.reg, !quantum.bit
    %513 = quantum.extract %512[%133] : !quantum.reg -> !quantum.bit
    %514 = quantum.namedobs %513[ PauliZ] : !quantum.obs
    %515 = quantum.tensor %511, %514 : !quantum.obs
    %516 = quantum.insert %512[%133], %513 : !quantum.reg, !quantum.bit
    %517 = quantum.extract %516[%137] : !quantum.reg -> !quantum.bit
    %518 = quantum.namedobs %517[ PauliZ] : !quantum.obs
    %519 = quantum.insert %516[%137], %517 : !quantum.reg, !quantum.bit
    %520 = quantum.extract %519[%139] : !quantum.reg -> !quantum.bit
    %521 = quantum.namedobs %520[ PauliZ] : !quantum.obs
    %522 = quantum.tensor %518, %521 : !quantum.obs
    %523 = quantum.insert %519[%139], %520 : !quantum.reg, !quantum.bit
    %524 = quantum.extract %523[%143] : !quantum.reg -> !quantum.bit
    %525 = quantum.namedobs %524[ PauliZ] : !quantum.obs
    %526 = quantum.insert %523[%143], %524 : !quantum.reg, !quantum.bit
    %527 = quantum.extract %526[%145] : !quantum.reg -> !quantum.bit
    %528 = quantum.namedobs %527[ PauliZ] : !quantum.obs
    %529 = quantum.tensor %525, %528 : !quantum.obs
    %530 = quantum.insert %526[%145], %527 : !quantum.reg, !quantum.bit
    %531 = quantum.extract %530[%149] : !quantum.reg -> !quantum.bit
    %532 = quantum.namedobs %531[ PauliZ] : !quantum.obs
    %533 = quantum.insert %530[%149], %531 : !quantum.reg, !quantum.bit
    %534 = quantum.extract %533[%151] : !quantum.reg -> !quantum.bit
    %535 = quantum.namedobs %534[ PauliZ] : !quantum.obs
    %536 = quantum.tensor %532, %535 : !quantum.obs
    %537 = quantum.insert %533[%151], %534 : !quantum.reg, !quantum.bit
    %538 = quantum.extract %537[%155] : !quantum.reg -> !quantum.bit
    %539 = quantum.namedobs %538[ PauliZ] : !quantum.obs
    %540 = quantum.insert %537[%155], %538 : !quantum.reg, !quantum.bit
    %541 = quantum.extract %540[%157] : !quantum.reg -> !quantum.bit
    %542 = quantum.namedobs %541[ PauliZ] : !quantum.obs
    %543 = quantum.tensor %539, %542 : !quantum.obs
    %544 = quantum.insert %540[%157], %541 : !quantum.reg, !quantum.bit
    %545 = quantum.extract %544[%161] : !quantum.reg -> !quantum.bit
    %546 = quantum.namedobs %545[ PauliZ] : !quantum.obs
    %547 = quantum.insert %544[%161], %545 : !quantum.reg, !quantum.bit
    %548 = quantum.extract %547[%163] : !quantum.reg -> !quantum.bit
    %549 = quantum.namedobs %548[ PauliZ] : !quantum.obs
    %550 = quantum.tensor %546, %549 : !quantum.obs
    %551 = quantum.insert %547[%163], %548 : !quantum.reg, !quantum.bit
    %552 = quantum.extract %551[%167] : !quantum.reg -> !quantum.bit
    %553 = quantum.namedobs %552[ PauliZ] : !quantum.obs
    %554 = quantum.insert %551[%167], %552 : !quantum.reg, !quantum.bit
    %555 = quantum.extract %554[%169] : !quantum.reg -> !quantum.bit
    %556 = quantum.namedobs %555[ PauliZ] : !quantum.obs
    %557 = quantum.tensor %553, %556 : !quantum.obs
    %558 = quantum.insert %554[%169], %555 : !quantum.reg, !quantum.bit
    %559 = quantum.extract %558[%173] : !quantum.reg -> !quantum.bit
    %560 = quantum.namedobs %559[ PauliZ] : !quantum.obs
    %561 = quantum.insert %558[%173], %559 : !quantum.reg, !quantum.bit
    %562 = quantum.extract %561[%175] : !quantum.reg -> !quantum.bit
    %563 = quantum.namedobs %562[ PauliZ] : !quantum.obs
    %564 = quantum.tensor %560, %563 : !quantum.obs
    %565 = quantum.insert %561[%175], %562 : !quantum.reg, !quantum.bit
    %566 = quantum.extract %565[%179] : !quantum.reg -> !quantum.bit
    %567 = quantum.namedobs %566[ PauliZ] : !quantum.obs
    %568 = quantum.insert %565[%179], %566 : !quantum.reg, !quantum.bit
    %569 = quantum.extract %568[%181] : !quantum.reg -> !quantum.bit
    %570 = quantum.namedobs %569[ PauliZ] : !quantum.obs
    %571 = quantum.tensor %567, %570 : !quantum.obs
    %572 = quantum.insert %568[%181], %569 : !quantum.reg, !quantum.bit
    %573 = quantum.extract %572[%185] : !quantum.reg -> !quantum.bit
    %574 = quantum.namedobs %573[ PauliZ] : !quantum.obs
    %575 = quantum.insert %572[%185], %573 : !quantum.reg, !quantum.bit
    %576 = quantum.extract %575[%187] : !quantum.reg -> !quantum.bit
    %577 = quantum.namedobs %576[ PauliZ] : !quantum.obs
    %578 = quantum.tensor %574, %577 : !quantum.obs
    %579 = quantum.insert %575[%187], %576 : !quantum.reg, !quantum.bit
    %580 = quantum.extract %579[%191] : !quantum.reg -> !quantum.bit
    %581 = quantum.namedobs %580[ PauliZ] : !quantum.obs
    %582 = quantum.insert %579[%191], %580 : !quantum.reg, !quantum.bit
    %583 = quantum.extract %582[%193] : !quantum.reg -> !quantum.bit
    %584 = quantum.namedobs %583[ PauliZ] : !quantum.obs
    %585 = quantum.tensor %581, %584 : !quantum.obs
    %586 = quantum.insert %582[%193], %583 : !quantum.reg, !quantum.bit
    %587 = quantum.extract %586[%197] : !quantum.reg -> !quantum.bit
    %588 = quantum.namedobs %587[ PauliZ] : !quantum.obs
    %589 = quantum.insert %586[%197], %587 : !quantum.reg, !quantum.bit
    %590 = quantum.extract %589[%199] : !quantum.reg -> !quantum.bit
    %591 = quantum.namedobs %590[ PauliZ] : !quantum.obs
    %592 = quantum.tensor %588, %591 : !quantum.obs
    %593 = quantum.insert %589[%199], %590 : !quantum.reg, !quantum.bit
    %594 = quantum.extract %593[%203] : !quantum.reg -> !quantum.bit
    %595 = quantum.namedobs %594[ PauliZ] : !quantum.obs
    %596 = quantum.insert %593[%203], %594 : !quantum.reg, !quantum.bit
    %597 = quantum.extract %596[%205] : !quantum.reg -> !quantum.bit
    %598 = quantum.namedobs %597[ PauliZ] : !quantum.obs
    %599 = quantum.tensor %595, %598 : !quantum.obs
    %600 = quantum.insert %596[%205], %597 : !quantum.reg, !quantum.bit
    %601 = quantum.extract %600[%209] : !quantum.reg -> !quantum.bit
    %602 = quantum.namedobs %601[ PauliZ] : !quantum.obs
    %603 = quantum.insert %600[%209], %601 : !quantum.reg, !quantum.bit
    %604 = quantum.extract %603[%211] : !quantum.reg -> !quantum.bit
    %605 = quantum.namedobs %604[ PauliZ] : !quantum.obs
    %606 = quantum.tensor %602, %605 : !quantum.obs
    %607 = quantum.insert %603[%211], %604 : !quantum.reg, !quantum.bit
    %608 = quantum.extract %607[%215] : !quantum.reg -> !quantum.bit
    %609 = quantum.namedobs %608[ PauliZ] : !quantum.obs
    %610 = quantum.insert %607[%215], %608 : !quantum.reg, !quantum.bit
    %611 = quantum.extract %610[%217] : !quantum.reg -> !quantum.bit
    %612 = quantum.namedobs %611[ PauliZ] : !quantum.obs
    %613 = quantum.tensor %609, %612 : !quantum.obs
    %614 = quantum.insert %610[%217], %611 : !quantum.reg, !quantum.bit
    %615 = quantum.extract %614[%221] : !quantum.reg -> !quantum.bit
    %616 = quantum.namedobs %615[ PauliZ] : !quantum.obs
    %617 = quantum.insert %614[%221], %615 : !quantum.reg, !quantum.bit
    %618 = quantum.extract %617[%223] : !quantum.reg -> !quantum.bit
    %619 = quantum.namedobs %618[ PauliZ] : !quantum.obs
    %620 = quantum.tensor %616, %619 : !quantum.obs
    %621 = quantum.insert %617[%223], %618 : !quantum.reg, !quantum.bit
    %622 = quantum.extract %621[%227] : !quantum.reg -> !quantum.bit
    %623 = quantum.namedobs %622[ PauliZ] : !quantum.obs
    %624 = quantum.insert %621[%227], %622 : !quantum.reg, !quantum.bit
    %625 = quantum.extract %624[%229] : !quantum.reg -> !quantum.bit
    %626 = quantum.namedobs %625[ PauliZ] : !quantum.obs
    %627 = quantum.tensor %623, %626 : !quantum.obs
    %628 = quantum.insert %624[%229], %625 : !quantum.reg, !quantum.bit
    %629 = quantum.extract %628[%233] : !quantum.reg -> !quantum.bit
    %630 = quantum.namedobs %629[ PauliZ] : !quantum.obs
    %631 = quantum.insert %628[%233], %629 : !quantum.reg, !quantum.bit
    %632 = quantum.extract %631[%235] : !quantum.reg -> !quantum.bit
    %633 = quantum.namedobs %632[ PauliZ] : !quantum.obs
    %634 = quantum.tensor %630, %633 : !quantum.obs
    %635 = quantum.insert %631[%235], %632 : !quantum.reg, !quantum.bit
    %636 = quantum.extract %635[%239] : !quantum.reg -> !quantum.bit
    %637 = quantum.namedobs %636[ PauliZ] : !quantum.obs
    %638 = quantum.insert %635[%239], %636 : !quantum.reg, !quantum.bit
    %639 = quantum.extract %638[%241] : !quantum.reg -> !quantum.bit
    %640 = quantum.namedobs %639[ PauliZ] : !quantum.obs
    %641 = quantum.tensor %637, %640 : !quantum.obs
    %642 = quantum.insert %638[%241], %639 : !quantum.reg, !quantum.bit
    %643 = quantum.extract %642[%245] : !quantum.reg -> !quantum.bit
    %644 = quantum.namedobs %643[ PauliZ] : !quantum.obs
    %645 = quantum.insert %642[%245], %643 : !quantum.reg, !quantum.bit
    %646 = quantum.extract %645[%247] : !quantum.reg -> !quantum.bit
    %647 = quantum.namedobs %646[ PauliZ] : !quantum.obs
    %648 = quantum.tensor %644, %647 : !quantum.obs
    %649 = quantum.hamiltonian(%arg1 : memref<21xf64>) %508, %515, %522, %529, %536, %543, %550, %557, %564, %571, %578, %585, %592, %599, %606, %613, %620, %627, %634, %641, %648 : !quantum.obs
    %650 = quantum.expval %649 : f64
    %651 = quantum.insert %645[%247], %646 : !quantum.reg, !quantum.bit
    return %651 : !quantum.reg
  }
  func.func private @energy_0.pcount(%arg0: memref<2x3xf64>, %arg1: memref<21xf64>, %arg2: memref<21x2xi64>) -> index {
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
    %49 = index.add %48, %idx1
    memref.store %49, %alloca[] : memref<index>
    %50 = memref.load %alloca[] : memref<index>
    %51 = index.add %50, %idx1
    memref.store %51, %alloca[] : memref<index>
    %52 = memref.load %alloca[] : memref<index>
    %53 = index.add %52, %idx1
    memref.store %53, %alloca[] : memref<index>
    %54 = memref.load %alloca[] : memref<index>
    %55 = index.add %54, %idx1
    memref.store %55, %alloca[] : memref<index>
    %56 = memref.load %alloca[] : memref<index>
    %57 = index.add %56, %idx1
    memref.store %57, %alloca[] : memref<index>
    %58 = memref.load %alloca[] : memref<index>
    %59 = index.add %58, %idx1
    memref.store %59, %alloca[] : memref<index>
    %60 = memref.load %alloca[] : memref<index>
    %61 = index.add %60, %idx1
    memref.store %61, %alloca[] : memref<index>
    %62 = memref.load %alloca[] : memref<index>
    %63 = index.add %62, %idx1
    memref.store %63, %alloca[] : memref<index>
    %64 = memref.load %alloca[] : memref<index>
    %65 = index.add %64, %idx1
    memref.store %65, %alloca[] : memref<index>
    %66 = memref.load %alloca[] : memref<index>
    %67 = index.add %66, %idx1
    memref.store %67, %alloca[] : memref<index>
    %68 = memref.load %alloca[] : memref<index>
    %69 = index.add %68, %idx1
    memref.store %69, %alloca[] : memref<index>
    %70 = memref.load %alloca[] : memref<index>
    %71 = index.add %70, %idx1
    memref.store %71, %alloca[] : memref<index>
    %72 = memref.load %alloca[] : memref<index>
    %73 = index.add %72, %idx1
    memref.store %73, %alloca[] : memref<index>
    %74 = memref.load %alloca[] : memref<index>
    %75 = index.add %74, %idx1
    memref.store %75, %alloca[] : memref<index>
    %76 = memref.load %alloca[] : memref<index>
    %77 = index.add %76, %idx1
    memref.store %77, %alloca[] : memref<index>
    %78 = memref.load %alloca[] : memref<index>
    %79 = index.add %78, %idx1
    memref.store %79, %alloca[] : memref<index>
    %80 = memref.load %alloca[] : memref<index>
    %81 = index.add %80, %idx1
    memref.store %81, %alloca[] : memref<index>
    %82 = memref.load %alloca[] : memref<index>
    %83 = index.add %82, %idx1
    memref.store %83, %alloca[] : memref<index>
    %84 = memref.load %alloca[] : memref<index>
    %85 = index.add %84, %idx1
    memref.store %85, %alloca[] : memref<index>
    %86 = memref.load %alloca[] : memref<index>
    %87 = index.add %86, %idx1
    memref.store %87, %alloca[] : memref<index>
    %88 = memref.load %alloca[] : memref<index>
    %89 = index.add %88, %idx1
    memref.store %89, %alloca[] : memref<index>
    %90 = memref.load %alloca[] : memref<index>
    %91 = index.add %90, %idx1
    memref.store %91, %alloca[] : memref<index>
    %92 = memref.load %alloca[] : memref<index>
    %93 = index.add %92, %idx1
    memref.store %93, %alloca[] : memref<index>
    %94 = memref.load %alloca[] : memref<index>
    %95 = index.add %94, %idx1
    memref.store %95, %alloca[] : memref<index>
    %96 = memref.load %alloca[] : memref<index>
    %97 = index.add %96, %idx1
    memref.store %97, %alloca[] : memref<index>
    %98 = memref.load %alloca[] : memref<index>
    %99 = index.add %98, %idx1
    memref.store %99, %alloca[] : memref<index>
    %100 = memref.load %alloca[] : memref<index>
    %101 = index.add %100, %idx1
    memref.store %101, %alloca[] : memref<index>
    %102 = memref.load %alloca[] : memref<index>
    %103 = index.add %102, %idx1
    memref.store %103, %alloca[] : memref<index>
    %104 = memref.load %alloca[] : memref<index>
    %105 = index.add %104, %idx1
    memref.store %105, %alloca[] : memref<index>
    %106 = memref.load %alloca[] : memref<index>
    %107 = index.add %106, %idx1
    memref.store %107, %alloca[] : memref<index>
    %108 = memref.load %alloca[] : memref<index>
    %109 = index.add %108, %idx1
    memref.store %109, %alloca[] : memref<index>
    %110 = memref.load %alloca[] : memref<index>
    %111 = index.add %110, %idx1
    memref.store %111, %alloca[] : memref<index>
    %112 = memref.load %alloca[] : memref<index>
    %113 = index.add %112, %idx1
    memref.store %113, %alloca[] : memref<index>
    %114 = memref.load %alloca[] : memref<index>
    %115 = index.add %114, %idx1
    memref.store %115, %alloca[] : memref<index>
    %116 = memref.load %alloca[] : memref<index>
    %117 = index.add %116, %idx1
    memref.store %117, %alloca[] : memref<index>
    %118 = memref.load %alloca[] : memref<index>
    %119 = index.add %118, %idx1
    memref.store %119, %alloca[] : memref<index>
    %120 = memref.load %alloca[] : memref<index>
    %121 = index.add %120, %idx1
    memref.store %121, %alloca[] : memref<index>
    %122 = memref.load %alloca[] : memref<index>
    %123 = index.add %122, %idx1
    memref.store %123, %alloca[] : memref<index>
    %124 = memref.load %alloca[] : memref<index>
    %125 = index.add %124, %idx1
    memref.store %125, %alloca[] : memref<index>
    %126 = memref.load %alloca[] : memref<index>
    %127 = index.add %126, %idx1
    memref.store %127, %alloca[] : memref<index>
    %128 = memref.load %alloca[] : memref<index>
    %129 = index.add %128, %idx1
    memref.store %129, %alloca[] : memref<index>
    %130 = memref.load %alloca[] : memref<index>
    %131 = index.add %130, %idx1
    memref.store %131, %alloca[] : memref<index>
    %132 = memref.load %alloca[] : memref<index>
    %133 = index.add %132, %idx1
    memref.store %133, %alloca[] : memref<index>
    %134 = memref.load %alloca[] : memref<index>
    %135 = index.add %134, %idx1
    memref.store %135, %alloca[] : memref<index>
    %136 = memref.load %alloca[] : memref<index>
    %137 = index.add %136, %idx1
    memref.store %137, %alloca[] : memref<index>
    %138 = memref.load %alloca[] : memref<index>
    %139 = index.add %138, %idx1
    memref.store %139, %alloca[] : memref<index>
    %140 = memref.load %alloca[] : memref<index>
    %141 = index.add %140, %idx1
    memref.store %141, %alloca[] : memref<index>
    %142 = memref.load %alloca[] : memref<index>
    %143 = index.add %142, %idx1
    memref.store %143, %alloca[] : memref<index>
    %144 = memref.load %alloca[] : memref<index>
    %145 = index.add %144, %idx1
    memref.store %145, %alloca[] : memref<index>
    %146 = memref.load %alloca[] : memref<index>
    %147 = index.add %146, %idx1
    memref.store %147, %alloca[] : memref<index>
    %148 = memref.load %alloca[] : memref<index>
    %149 = index.add %148, %idx1
    memref.store %149, %alloca[] : memref<index>
    %150 = memref.load %alloca[] : memref<index>
    %151 = index.add %150, %idx1
    memref.store %151, %alloca[] : memref<index>
    %152 = memref.load %alloca[] : memref<index>
    %153 = index.add %152, %idx1
    memref.store %153, %alloca[] : memref<index>
    %154 = memref.load %alloca[] : memref<index>
    %155 = index.add %154, %idx1
    memref.store %155, %alloca[] : memref<index>
    %156 = memref.load %alloca[] : memref<index>
    %157 = index.add %156, %idx1
    memref.store %157, %alloca[] : memref<index>
    %158 = memref.load %alloca[] : memref<index>
    %159 = index.add %158, %idx1
    memref.store %159, %alloca[] : memref<index>
    %160 = memref.load %alloca[] : memref<index>
    %161 = index.add %160, %idx1
    memref.store %161, %alloca[] : memref<index>
    %162 = memref.load %alloca[] : memref<index>
    %163 = index.add %162, %idx1
    memref.store %163, %alloca[] : memref<index>
    %164 = memref.load %alloca[] : memref<index>
    %165 = index.add %164, %idx1
    memref.store %165, %alloca[] : memref<index>
    %166 = memref.load %alloca[] : memref<index>
    %167 = index.add %166, %idx1
    memref.store %167, %alloca[] : memref<index>
    %168 = memref.load %alloca[] : memref<index>
    %169 = index.add %168, %idx1
    memref.store %169, %alloca[] : memref<index>
    %170 = memref.load %alloca[] : memref<index>
    %171 = index.add %170, %idx1
    memref.store %171, %alloca[] : memref<index>
    %172 = memref.load %alloca[] : memref<index>
    %173 = index.add %172, %idx1
    memref.store %173, %alloca[] : memref<index>
    %174 = memref.load %alloca[] : memref<index>
    %175 = index.add %174, %idx1
    memref.store %175, %alloca[] : memref<index>
    %176 = memref.load %alloca[] : memref<index>
    %177 = index.add %176, %idx1
    memref.store %177, %alloca[] : memref<index>
    %178 = memref.load %alloca[] : memref<index>
    %179 = index.add %178, %idx1
    memref.store %179, %alloca[] : memref<index>
    %180 = memref.load %alloca[] : memref<index>
    %181 = index.add %180, %idx1
    memref.store %181, %alloca[] : memref<index>
    %182 = memref.load %alloca[] : memref<index>
    %183 = index.add %182, %idx1
    memref.store %183, %alloca[] : memref<index>
    %184 = memref.load %alloca[] : memref<index>
    %185 = index.add %184, %idx1
    memref.store %185, %alloca[] : memref<index>
    %186 = memref.load %alloca[] : memref<index>
    %187 = index.add %186, %idx1
    memref.store %187, %alloca[] : memref<index>
    %188 = memref.load %alloca[] : memref<index>
    %189 = index.add %188, %idx1
    memref.store %189, %alloca[] : memref<index>
    %190 = memref.load %alloca[] : memref<index>
    %191 = index.add %190, %idx1
    memref.store %191, %alloca[] : memref<index>
    %192 = memref.load %alloca[] : memref<index>
    %193 = index.add %192, %idx1
    memref.store %193, %alloca[] : memref<index>
    %194 = memref.load %alloca[] : memref<index>
    %195 = index.add %194, %idx1
    memref.store %195, %alloca[] : memref<index>
    %196 = memref.load %alloca[] : memref<index>
    %197 = index.add %196, %idx1
    memref.store %197, %alloca[] : memref<index>
    %198 = memref.load %alloca[] : memref<index>
    %199 = index.add %198, %idx1
    memref.store %199, %alloca[] : memref<index>
    %200 = memref.load %alloca[] : memref<index>
    %201 = index.add %200, %idx1
    memref.store %201, %alloca[] : memref<index>
    %202 = memref.load %alloca[] : memref<index>
    %203 = index.add %202, %idx1
    memref.store %203, %alloca[] : memref<index>
    %204 = memref.load %alloca[] : memref<index>
    %205 = index.add %204, %idx1
    memref.store %205, %alloca[] : memref<index>
    %206 = memref.load %alloca[] : memref<index>
    %207 = index.add %206, %idx1
    memref.store %207, %alloca[] : memref<index>
    %208 = memref.load %alloca[] : memref<index>
    %209 = index.add %208, %idx1
    memref.store %209, %alloca[] : memref<index>
    %210 = memref.load %alloca[] : memref<index>
    return %210 : index
  }
  func.func private @energy_0.quantum(%arg0: memref<2x3xf64>, %arg1: memref<21xf64>, %arg2: memref<21x2xi64>, %arg3: memref<?xf64>) -> memref<f64> attributes {gradient.qgrad = @energy_0.adjoint, passthrough = ["noinline"]} {
    %c0_i64 = arith.constant 0 : i64
    %idx1 = index.constant 1
    %idx0 = index.constant 0
    %alloca = memref.alloca() : memref<index>
    memref.store %idx0, %alloca[] : memref<index>
    %subview = memref.subview %arg2[0, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1]>>
    %collapse_shape = memref.collapse_shape %subview [] : memref<1x1xi64, strided<[2, 1]>> into memref<i64, strided<[]>>
    %subview_0 = memref.subview %arg2[0, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 1>>
    %collapse_shape_1 = memref.collapse_shape %subview_0 [] : memref<1x1xi64, strided<[2, 1], offset: 1>> into memref<i64, strided<[], offset: 1>>
    %subview_2 = memref.subview %arg2[1, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 2>>
    %collapse_shape_3 = memref.collapse_shape %subview_2 [] : memref<1x1xi64, strided<[2, 1], offset: 2>> into memref<i64, strided<[], offset: 2>>
    %subview_4 = memref.subview %arg2[1, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 3>>
    %collapse_shape_5 = memref.collapse_shape %subview_4 [] : memref<1x1xi64, strided<[2, 1], offset: 3>> into memref<i64, strided<[], offset: 3>>
    %subview_6 = memref.subview %arg2[2, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 4>>
    %collapse_shape_7 = memref.collapse_shape %subview_6 [] : memref<1x1xi64, strided<[2, 1], offset: 4>> into memref<i64, strided<[], offset: 4>>
    %subview_8 = memref.subview %arg2[2, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 5>>
    %collapse_shape_9 = memref.collapse_shape %subview_8 [] : memref<1x1xi64, strided<[2, 1], offset: 5>> into memref<i64, strided<[], offset: 5>>
    %subview_10 = memref.subview %arg2[3, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 6>>
    %collapse_shape_11 = memref.collapse_shape %subview_10 [] : memref<1x1xi64, strided<[2, 1], offset: 6>> into memref<i64, strided<[], offset: 6>>
    %subview_12 = memref.subview %arg2[3, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 7>>
    %collapse_shape_13 = memref.collapse_shape %subview_12 [] : memref<1x1xi64, strided<[2, 1], offset: 7>> into memref<i64, strided<[], offset: 7>>
    %subview_14 = memref.subview %arg2[4, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 8>>
    %collapse_shape_15 = memref.collapse_shape %subview_14 [] : memref<1x1xi64, strided<[2, 1], offset: 8>> into memref<i64, strided<[], offset: 8>>
    %subview_16 = memref.subview %arg2[4, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 9>>
    %collapse_shape_17 = memref.collapse_shape %subview_16 [] : memref<1x1xi64, strided<[2, 1], offset: 9>> into memref<i64, strided<[], offset: 9>>
    %subview_18 = memref.subview %arg2[5, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 10>>
    %collapse_shape_19 = memref.collapse_shape %subview_18 [] : memref<1x1xi64, strided<[2, 1], offset: 10>> into memref<i64, strided<[], offset: 10>>
    %subview_20 = memref.subview %arg2[5, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 11>>
    %collapse_shape_21 = memref.collapse_shape %subview_20 [] : memref<1x1xi64, strided<[2, 1], offset: 11>> into memref<i64, strided<[], offset: 11>>
    %subview_22 = memref.subview %arg2[6, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 12>>
    %collapse_shape_23 = memref.collapse_shape %subview_22 [] : memref<1x1xi64, strided<[2, 1], offset: 12>> into memref<i64, strided<[], offset: 12>>
    %subview_24 = memref.subview %arg2[6, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 13>>
    %collapse_shape_25 = memref.collapse_shape %subview_24 [] : memref<1x1xi64, strided<[2, 1], offset: 13>> into memref<i64, strided<[], offset: 13>>
    %subview_26 = memref.subview %arg2[7, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 14>>
    %collapse_shape_27 = memref.collapse_shape %subview_26 [] : memref<1x1xi64, strided<[2, 1], offset: 14>> into memref<i64, strided<[], offset: 14>>
    %subview_28 = memref.subview %arg2[7, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 15>>
    %collapse_shape_29 = memref.collapse_shape %subview_28 [] : memref<1x1xi64, strided<[2, 1], offset: 15>> into memref<i64, strided<[], offset: 15>>
    %subview_30 = memref.subview %arg2[8, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 16>>
    %collapse_shape_31 = memref.collapse_shape %subview_30 [] : memref<1x1xi64, strided<[2, 1], offset: 16>> into memref<i64, strided<[], offset: 16>>
    %subview_32 = memref.subview %arg2[8, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 17>>
    %collapse_shape_33 = memref.collapse_shape %subview_32 [] : memref<1x1xi64, strided<[2, 1], offset: 17>> into memref<i64, strided<[], offset: 17>>
    %subview_34 = memref.subview %arg2[9, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 18>>
    %collapse_shape_35 = memref.collapse_shape %subview_34 [] : memref<1x1xi64, strided<[2, 1], offset: 18>> into memref<i64, strided<[], offset: 18>>
    %subview_36 = memref.subview %arg2[9, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 19>>
    %collapse_shape_37 = memref.collapse_shape %subview_36 [] : memref<1x1xi64, strided<[2, 1], offset: 19>> into memref<i64, strided<[], offset: 19>>
    %subview_38 = memref.subview %arg2[10, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 20>>
    %collapse_shape_39 = memref.collapse_shape %subview_38 [] : memref<1x1xi64, strided<[2, 1], offset: 20>> into memref<i64, strided<[], offset: 20>>
    %subview_40 = memref.subview %arg2[10, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 21>>
    %collapse_shape_41 = memref.collapse_shape %subview_40 [] : memref<1x1xi64, strided<[2, 1], offset: 21>> into memref<i64, strided<[], offset: 21>>
    %subview_42 = memref.subview %arg2[11, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 22>>
    %collapse_shape_43 = memref.collapse_shape %subview_42 [] : memref<1x1xi64, strided<[2, 1], offset: 22>> into memref<i64, strided<[], offset: 22>>
    %subview_44 = memref.subview %arg2[11, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 23>>
    %collapse_shape_45 = memref.collapse_shape %subview_44 [] : memref<1x1xi64, strided<[2, 1], offset: 23>> into memref<i64, strided<[], offset: 23>>
    %subview_46 = memref.subview %arg2[12, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 24>>
    %collapse_shape_47 = memref.collapse_shape %subview_46 [] : memref<1x1xi64, strided<[2, 1], offset: 24>> into memref<i64, strided<[], offset: 24>>
    %subview_48 = memref.subview %arg2[12, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 25>>
    %collapse_shape_49 = memref.collapse_shape %subview_48 [] : memref<1x1xi64, strided<[2, 1], offset: 25>> into memref<i64, strided<[], offset: 25>>
    %subview_50 = memref.subview %arg2[13, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 26>>
    %collapse_shape_51 = memref.collapse_shape %subview_50 [] : memref<1x1xi64, strided<[2, 1], offset: 26>> into memref<i64, strided<[], offset: 26>>
    %subview_52 = memref.subview %arg2[13, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 27>>
    %collapse_shape_53 = memref.collapse_shape %subview_52 [] : memref<1x1xi64, strided<[2, 1], offset: 27>> into memref<i64, strided<[], offset: 27>>
    %subview_54 = memref.subview %arg2[14, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 28>>
    %collapse_shape_55 = memref.collapse_shape %subview_54 [] : memref<1x1xi64, strided<[2, 1], offset: 28>> into memref<i64, strided<[], offset: 28>>
    %subview_56 = memref.subview %arg2[14, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 29>>
    %collapse_shape_57 = memref.collapse_shape %subview_56 [] : memref<1x1xi64, strided<[2, 1], offset: 29>> into memref<i64, strided<[], offset: 29>>
    %subview_58 = memref.subview %arg2[15, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 30>>
    %collapse_shape_59 = memref.collapse_shape %subview_58 [] : memref<1x1xi64, strided<[2, 1], offset: 30>> into memref<i64, strided<[], offset: 30>>
    %subview_60 = memref.subview %arg2[15, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 31>>
    %collapse_shape_61 = memref.collapse_shape %subview_60 [] : memref<1x1xi64, strided<[2, 1], offset: 31>> into memref<i64, strided<[], offset: 31>>
    %subview_62 = memref.subview %arg2[16, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 32>>
    %collapse_shape_63 = memref.collapse_shape %subview_62 [] : memref<1x1xi64, strided<[2, 1], offset: 32>> into memref<i64, strided<[], offset: 32>>
    %subview_64 = memref.subview %arg2[16, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 33>>
    %collapse_shape_65 = memref.collapse_shape %subview_64 [] : memref<1x1xi64, strided<[2, 1], offset: 33>> into memref<i64, strided<[], offset: 33>>
    %subview_66 = memref.subview %arg2[17, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 34>>
    %collapse_shape_67 = memref.collapse_shape %subview_66 [] : memref<1x1xi64, strided<[2, 1], offset: 34>> into memref<i64, strided<[], offset: 34>>
    %subview_68 = memref.subview %arg2[17, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 35>>
    %collapse_shape_69 = memref.collapse_shape %subview_68 [] : memref<1x1xi64, strided<[2, 1], offset: 35>> into memref<i64, strided<[], offset: 35>>
    %subview_70 = memref.subview %arg2[18, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 36>>
    %collapse_shape_71 = memref.collapse_shape %subview_70 [] : memref<1x1xi64, strided<[2, 1], offset: 36>> into memref<i64, strided<[], offset: 36>>
    %subview_72 = memref.subview %arg2[18, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 37>>
    %collapse_shape_73 = memref.collapse_shape %subview_72 [] : memref<1x1xi64, strided<[2, 1], offset: 37>> into memref<i64, strided<[], offset: 37>>
    %subview_74 = memref.subview %arg2[19, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 38>>
    %collapse_shape_75 = memref.collapse_shape %subview_74 [] : memref<1x1xi64, strided<[2, 1], offset: 38>> into memref<i64, strided<[], offset: 38>>
    %subview_76 = memref.subview %arg2[19, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 39>>
    %collapse_shape_77 = memref.collapse_shape %subview_76 [] : memref<1x1xi64, strided<[2, 1], offset: 39>> into memref<i64, strided<[], offset: 39>>
    %subview_78 = memref.subview %arg2[20, 0] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 40>>
    %collapse_shape_79 = memref.collapse_shape %subview_78 [] : memref<1x1xi64, strided<[2, 1], offset: 40>> into memref<i64, strided<[], offset: 40>>
    %subview_80 = memref.subview %arg2[20, 1] [1, 1] [1, 1] : memref<21x2xi64> to memref<1x1xi64, strided<[2, 1], offset: 41>>
    %collapse_shape_81 = memref.collapse_shape %subview_80 [] : memref<1x1xi64, strided<[2, 1], offset: 41>> into memref<i64, strided<[], offset: 41>>
    quantum.device shots(%c0_i64) ["/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", "LightningSimulator", "{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}"]
    %0 = quantum.alloc( 14) : !quantum.reg
    %1 = quantum.extract %0[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits = quantum.custom "Hadamard"() %1 : !quantum.bit
    %2 = quantum.extract %0[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_82 = quantum.custom "Hadamard"() %2 : !quantum.bit
    %3 = quantum.extract %0[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_83 = quantum.custom "Hadamard"() %3 : !quantum.bit
    %4 = quantum.extract %0[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_84 = quantum.custom "Hadamard"() %4 : !quantum.bit
    %5 = quantum.extract %0[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_85 = quantum.custom "Hadamard"() %5 : !quantum.bit
    %6 = quantum.extract %0[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_86 = quantum.custom "Hadamard"() %6 : !quantum.bit
    %7 = quantum.extract %0[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_87 = quantum.custom "Hadamard"() %7 : !quantum.bit
    %8 = quantum.extract %0[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_88 = quantum.custom "Hadamard"() %8 : !quantum.bit
    %9 = quantum.extract %0[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_89 = quantum.custom "Hadamard"() %9 : !quantum.bit
    %10 = quantum.extract %0[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_90 = quantum.custom "Hadamard"() %10 : !quantum.bit
    %11 = quantum.extract %0[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_91 = quantum.custom "Hadamard"() %11 : !quantum.bit
    %12 = quantum.extract %0[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_92 = quantum.custom "Hadamard"() %12 : !quantum.bit
    %13 = quantum.extract %0[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_93 = quantum.custom "Hadamard"() %13 : !quantum.bit
    %14 = quantum.extract %0[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_94 = quantum.custom "Hadamard"() %14 : !quantum.bit
    %15 = quantum.insert %0[ 0], %out_qubits_94 : !quantum.reg, !quantum.bit
    %16 = quantum.insert %15[ 1], %out_qubits_93 : !quantum.reg, !quantum.bit
    %17 = quantum.insert %16[ 2], %out_qubits_92 : !quantum.reg, !quantum.bit
    %18 = quantum.insert %17[ 3], %out_qubits_91 : !quantum.reg, !quantum.bit
    %19 = quantum.insert %18[ 4], %out_qubits_90 : !quantum.reg, !quantum.bit
    %20 = quantum.insert %19[ 5], %out_qubits_89 : !quantum.reg, !quantum.bit
    %21 = quantum.insert %20[ 6], %out_qubits_88 : !quantum.reg, !quantum.bit
    %22 = quantum.insert %21[ 7], %out_qubits_87 : !quantum.reg, !quantum.bit
    %23 = quantum.insert %22[ 8], %out_qubits_86 : !quantum.reg, !quantum.bit
    %24 = quantum.insert %23[ 9], %out_qubits_85 : !quantum.reg, !quantum.bit
    %25 = quantum.insert %24[ 10], %out_qubits_84 : !quantum.reg, !quantum.bit
    %26 = quantum.insert %25[ 11], %out_qubits_83 : !quantum.reg, !quantum.bit
    %27 = quantum.insert %26[ 12], %out_qubits_82 : !quantum.reg, !quantum.bit
    %28 = quantum.insert %27[ 13], %out_qubits : !quantum.reg, !quantum.bit
    %29 = memref.load %collapse_shape[] : memref<i64, strided<[]>>
    %30 = quantum.extract %28[%29] : !quantum.reg -> !quantum.bit
    %31 = memref.load %collapse_shape_1[] : memref<i64, strided<[], offset: 1>>
    %32 = quantum.extract %28[%31] : !quantum.reg -> !quantum.bit
    %33 = memref.load %alloca[] : memref<index>
    %34 = index.add %33, %idx1
    memref.store %34, %alloca[] : memref<index>
    %35 = memref.load %arg3[%33] : memref<?xf64>
    %out_qubits_95:2 = quantum.multirz(%35) %30, %32 : !quantum.bit, !quantum.bit
    %36 = quantum.insert %28[%29], %out_qubits_95#0 : !quantum.reg, !quantum.bit
    %37 = quantum.insert %36[%31], %out_qubits_95#1 : !quantum.reg, !quantum.bit
    %38 = memref.load %collapse_shape_3[] : memref<i64, strided<[], offset: 2>>
    %39 = quantum.extract %37[%38] : !quantum.reg -> !quantum.bit
    %40 = memref.load %collapse_shape_5[] : memref<i64, strided<[], offset: 3>>
    %41 = quantum.extract %37[%40] : !quantum.reg -> !quantum.bit
    %42 = memref.load %alloca[] : memref<index>
    %43 = index.add %42, %idx1
    memref.store %43, %alloca[] : memref<index>
    %44 = memref.load %arg3[%42] : memref<?xf64>
    %out_qubits_96:2 = quantum.multirz(%44) %39, %41 : !quantum.bit, !quantum.bit
    %45 = quantum.insert %37[%38], %out_qubits_96#0 : !quantum.reg, !quantum.bit
    %46 = quantum.insert %45[%40], %out_qubits_96#1 : !quantum.reg, !quantum.bit
    %47 = memref.load %collapse_shape_7[] : memref<i64, strided<[], offset: 4>>
    %48 = quantum.extract %46[%47] : !quantum.reg -> !quantum.bit
    %49 = memref.load %collapse_shape_9[] : memref<i64, strided<[], offset: 5>>
    %50 = quantum.extract %46[%49] : !quantum.reg -> !quantum.bit
    %51 = memref.load %alloca[] : memref<index>
    %52 = index.add %51, %idx1
    memref.store %52, %alloca[] : memref<index>
    %53 = memref.load %arg3[%51] : memref<?xf64>
    %out_qubits_97:2 = quantum.multirz(%53) %48, %50 : !quantum.bit, !quantum.bit
    %54 = quantum.insert %46[%47], %out_qubits_97#0 : !quantum.reg, !quantum.bit
    %55 = quantum.insert %54[%49], %out_qubits_97#1 : !quantum.reg, !quantum.bit
    %56 = memref.load %collapse_shape_11[] : memref<i64, strided<[], offset: 6>>
    %57 = quantum.extract %55[%56] : !quantum.reg -> !quantum.bit
    %58 = memref.load %collapse_shape_13[] : memref<i64, strided<[], offset: 7>>
    %59 = quantum.extract %55[%58] : !quantum.reg -> !quantum.bit
    %60 = memref.load %alloca[] : memref<index>
    %61 = index.add %60, %idx1
    memref.store %61, %alloca[] : memref<index>
    %62 = memref.load %arg3[%60] : memref<?xf64>
    %out_qubits_98:2 = quantum.multirz(%62) %57, %59 : !quantum.bit, !quantum.bit
    %63 = quantum.insert %55[%56], %out_qubits_98#0 : !quantum.reg, !quantum.bit
    %64 = quantum.insert %63[%58], %out_qubits_98#1 : !quantum.reg, !quantum.bit
    %65 = memref.load %collapse_shape_15[] : memref<i64, strided<[], offset: 8>>
    %66 = quantum.extract %64[%65] : !quantum.reg -> !quantum.bit
    %67 = memref.load %collapse_shape_17[] : memref<i64, strided<[], offset: 9>>
    %68 = quantum.extract %64[%67] : !quantum.reg -> !quantum.bit
    %69 = memref.load %alloca[] : memref<index>
    %70 = index.add %69, %idx1
    memref.store %70, %alloca[] : memref<index>
    %71 = memref.load %arg3[%69] : memref<?xf64>
    %out_qubits_99:2 = quantum.multirz(%71) %66, %68 : !quantum.bit, !quantum.bit
    %72 = quantum.insert %64[%65], %out_qubits_99#0 : !quantum.reg, !quantum.bit
    %73 = quantum.insert %72[%67], %out_qubits_99#1 : !quantum.reg, !quantum.bit
    %74 = memref.load %collapse_shape_19[] : memref<i64, strided<[], offset: 10>>
    %75 = quantum.extract %73[%74] : !quantum.reg -> !quantum.bit
    %76 = memref.load %collapse_shape_21[] : memref<i64, strided<[], offset: 11>>
    %77 = quantum.extract %73[%76] : !quantum.reg -> !quantum.bit
    %78 = memref.load %alloca[] : memref<index>
    %79 = index.add %78, %idx1
    memref.store %79, %alloca[] : memref<index>
    %80 = memref.load %arg3[%78] : memref<?xf64>
    %out_qubits_100:2 = quantum.multirz(%80) %75, %77 : !quantum.bit, !quantum.bit
    %81 = quantum.insert %73[%74], %out_qubits_100#0 : !quantum.reg, !quantum.bit
    %82 = quantum.insert %81[%76], %out_qubits_100#1 : !quantum.reg, !quantum.bit
    %83 = memref.load %collapse_shape_23[] : memref<i64, strided<[], offset: 12>>
    %84 = quantum.extract %82[%83] : !quantum.reg -> !quantum.bit
    %85 = memref.load %collapse_shape_25[] : memref<i64, strided<[], offset: 13>>
    %86 = quantum.extract %82[%85] : !quantum.reg -> !quantum.bit
    %87 = memref.load %alloca[] : memref<index>
    %88 = index.add %87, %idx1
    memref.store %88, %alloca[] : memref<index>
    %89 = memref.load %arg3[%87] : memref<?xf64>
    %out_qubits_101:2 = quantum.multirz(%89) %84, %86 : !quantum.bit, !quantum.bit
    %90 = quantum.insert %82[%83], %out_qubits_101#0 : !quantum.reg, !quantum.bit
    %91 = quantum.insert %90[%85], %out_qubits_101#1 : !quantum.reg, !quantum.bit
    %92 = memref.load %collapse_shape_27[] : memref<i64, strided<[], offset: 14>>
    %93 = quantum.extract %91[%92] : !quantum.reg -> !quantum.bit
    %94 = memref.load %collapse_shape_29[] : memref<i64, strided<[], offset: 15>>
    %95 = quantum.extract %91[%94] : !quantum.reg -> !quantum.bit
    %96 = memref.load %alloca[] : memref<index>
    %97 = index.add %96, %idx1
    memref.store %97, %alloca[] : memref<index>
    %98 = memref.load %arg3[%96] : memref<?xf64>
    %out_qubits_102:2 = quantum.multirz(%98) %93, %95 : !quantum.bit, !quantum.bit
    %99 = quantum.insert %91[%92], %out_qubits_102#0 : !quantum.reg, !quantum.bit
    %100 = quantum.insert %99[%94], %out_qubits_102#1 : !quantum.reg, !quantum.bit
    %101 = memref.load %collapse_shape_31[] : memref<i64, strided<[], offset: 16>>
    %102 = quantum.extract %100[%101] : !quantum.reg -> !quantum.bit
    %103 = memref.load %collapse_shape_33[] : memref<i64, strided<[], offset: 17>>
    %104 = quantum.extract %100[%103] : !quantum.reg -> !quantum.bit
    %105 = memref.load %alloca[] : memref<index>
    %106 = index.add %105, %idx1
    memref.store %106, %alloca[] : memref<index>
    %107 = memref.load %arg3[%105] : memref<?xf64>
    %out_qubits_103:2 = quantum.multirz(%107) %102, %104 : !quantum.bit, !quantum.bit
    %108 = quantum.insert %100[%101], %out_qubits_103#0 : !quantum.reg, !quantum.bit
    %109 = quantum.insert %108[%103], %out_qubits_103#1 : !quantum.reg, !quantum.bit
    %110 = memref.load %collapse_shape_35[] : memref<i64, strided<[], offset: 18>>
    %111 = quantum.extract %109[%110] : !quantum.reg -> !quantum.bit
    %112 = memref.load %collapse_shape_37[] : memref<i64, strided<[], offset: 19>>
    %113 = quantum.extract %109[%112] : !quantum.reg -> !quantum.bit
    %114 = memref.load %alloca[] : memref<index>
    %115 = index.add %114, %idx1
    memref.store %115, %alloca[] : memref<index>
    %116 = memref.load %arg3[%114] : memref<?xf64>
    %out_qubits_104:2 = quantum.multirz(%116) %111, %113 : !quantum.bit, !quantum.bit
    %117 = quantum.insert %109[%110], %out_qubits_104#0 : !quantum.reg, !quantum.bit
    %118 = quantum.insert %117[%112], %out_qubits_104#1 : !quantum.reg, !quantum.bit
    %119 = memref.load %collapse_shape_39[] : memref<i64, strided<[], offset: 20>>
    %120 = quantum.extract %118[%119] : !quantum.reg -> !quantum.bit
    %121 = memref.load %collapse_shape_41[] : memref<i64, strided<[], offset: 21>>
    %122 = quantum.extract %118[%121] : !quantum.reg -> !quantum.bit
    %123 = memref.load %alloca[] : memref<index>
    %124 = index.add %123, %idx1
    memref.store %124, %alloca[] : memref<index>
    %125 = memref.load %arg3[%123] : memref<?xf64>
    %out_qubits_105:2 = quantum.multirz(%125) %120, %122 : !quantum.bit, !quantum.bit
    %126 = quantum.insert %118[%119], %out_qubits_105#0 : !quantum.reg, !quantum.bit
    %127 = quantum.insert %126[%121], %out_qubits_105#1 : !quantum.reg, !quantum.bit
    %128 = memref.load %collapse_shape_43[] : memref<i64, strided<[], offset: 22>>
    %129 = quantum.extract %127[%128] : !quantum.reg -> !quantum.bit
    %130 = memref.load %collapse_shape_45[] : memref<i64, strided<[], offset: 23>>
    %131 = quantum.extract %127[%130] : !quantum.reg -> !quantum.bit
    %132 = memref.load %alloca[] : memref<index>
    %133 = index.add %132, %idx1
    memref.store %133, %alloca[] : memref<index>
    %134 = memref.load %arg3[%132] : memref<?xf64>
    %out_qubits_106:2 = quantum.multirz(%134) %129, %131 : !quantum.bit, !quantum.bit
    %135 = quantum.insert %127[%128], %out_qubits_106#0 : !quantum.reg, !quantum.bit
    %136 = quantum.insert %135[%130], %out_qubits_106#1 : !quantum.reg, !quantum.bit
    %137 = memref.load %collapse_shape_47[] : memref<i64, strided<[], offset: 24>>
    %138 = quantum.extract %136[%137] : !quantum.reg -> !quantum.bit
    %139 = memref.load %collapse_shape_49[] : memref<i64, strided<[], offset: 25>>
    %140 = quantum.extract %136[%139] : !quantum.reg -> !quantum.bit
    %141 = memref.load %alloca[] : memref<index>
    %142 = index.add %141, %idx1
    memref.store %142, %alloca[] : memref<index>
    %143 = memref.load %arg3[%141] : memref<?xf64>
    %out_qubits_107:2 = quantum.multirz(%143) %138, %140 : !quantum.bit, !quantum.bit
    %144 = quantum.insert %136[%137], %out_qubits_107#0 : !quantum.reg, !quantum.bit
    %145 = quantum.insert %144[%139], %out_qubits_107#1 : !quantum.reg, !quantum.bit
    %146 = memref.load %collapse_shape_51[] : memref<i64, strided<[], offset: 26>>
    %147 = quantum.extract %145[%146] : !quantum.reg -> !quantum.bit
    %148 = memref.load %collapse_shape_53[] : memref<i64, strided<[], offset: 27>>
    %149 = quantum.extract %145[%148] : !quantum.reg -> !quantum.bit
    %150 = memref.load %alloca[] : memref<index>
    %151 = index.add %150, %idx1
    memref.store %151, %alloca[] : memref<index>
    %152 = memref.load %arg3[%150] : memref<?xf64>
    %out_qubits_108:2 = quantum.multirz(%152) %147, %149 : !quantum.bit, !quantum.bit
    %153 = quantum.insert %145[%146], %out_qubits_108#0 : !quantum.reg, !quantum.bit
    %154 = quantum.insert %153[%148], %out_qubits_108#1 : !quantum.reg, !quantum.bit
    %155 = memref.load %collapse_shape_55[] : memref<i64, strided<[], offset: 28>>
    %156 = quantum.extract %154[%155] : !quantum.reg -> !quantum.bit
    %157 = memref.load %collapse_shape_57[] : memref<i64, strided<[], offset: 29>>
    %158 = quantum.extract %154[%157] : !quantum.reg -> !quantum.bit
    %159 = memref.load %alloca[] : memref<index>
    %160 = index.add %159, %idx1
    memref.store %160, %alloca[] : memref<index>
    %161 = memref.load %arg3[%159] : memref<?xf64>
    %out_qubits_109:2 = quantum.multirz(%161) %156, %158 : !quantum.bit, !quantum.bit
    %162 = quantum.insert %154[%155], %out_qubits_109#0 : !quantum.reg, !quantum.bit
    %163 = quantum.insert %162[%157], %out_qubits_109#1 : !quantum.reg, !quantum.bit
    %164 = memref.load %collapse_shape_59[] : memref<i64, strided<[], offset: 30>>
    %165 = quantum.extract %163[%164] : !quantum.reg -> !quantum.bit
    %166 = memref.load %collapse_shape_61[] : memref<i64, strided<[], offset: 31>>
    %167 = quantum.extract %163[%166] : !quantum.reg -> !quantum.bit
    %168 = memref.load %alloca[] : memref<index>
    %169 = index.add %168, %idx1
    memref.store %169, %alloca[] : memref<index>
    %170 = memref.load %arg3[%168] : memref<?xf64>
    %out_qubits_110:2 = quantum.multirz(%170) %165, %167 : !quantum.bit, !quantum.bit
    %171 = quantum.insert %163[%164], %out_qubits_110#0 : !quantum.reg, !quantum.bit
    %172 = quantum.insert %171[%166], %out_qubits_110#1 : !quantum.reg, !quantum.bit
    %173 = memref.load %collapse_shape_63[] : memref<i64, strided<[], offset: 32>>
    %174 = quantum.extract %172[%173] : !quantum.reg -> !quantum.bit
    %175 = memref.load %collapse_shape_65[] : memref<i64, strided<[], offset: 33>>
    %176 = quantum.extract %172[%175] : !quantum.reg -> !quantum.bit
    %177 = memref.load %alloca[] : memref<index>
    %178 = index.add %177, %idx1
    memref.store %178, %alloca[] : memref<index>
    %179 = memref.load %arg3[%177] : memref<?xf64>
    %out_qubits_111:2 = quantum.multirz(%179) %174, %176 : !quantum.bit, !quantum.bit
    %180 = quantum.insert %172[%173], %out_qubits_111#0 : !quantum.reg, !quantum.bit
    %181 = quantum.insert %180[%175], %out_qubits_111#1 : !quantum.reg, !quantum.bit
    %182 = memref.load %collapse_shape_67[] : memref<i64, strided<[], offset: 34>>
    %183 = quantum.extract %181[%182] : !quantum.reg -> !quantum.bit
    %184 = memref.load %collapse_shape_69[] : memref<i64, strided<[], offset: 35>>
    %185 = quantum.extract %181[%184] : !quantum.reg -> !quantum.bit
    %186 = memref.load %alloca[] : memref<index>
    %187 = index.add %186, %idx1
    memref.store %187, %alloca[] : memref<index>
    %188 = memref.load %arg3[%186] : memref<?xf64>
    %out_qubits_112:2 = quantum.multirz(%188) %183, %185 : !quantum.bit, !quantum.bit
    %189 = quantum.insert %181[%182], %out_qubits_112#0 : !quantum.reg, !quantum.bit
    %190 = quantum.insert %189[%184], %out_qubits_112#1 : !quantum.reg, !quantum.bit
    %191 = memref.load %collapse_shape_71[] : memref<i64, strided<[], offset: 36>>
    %192 = quantum.extract %190[%191] : !quantum.reg -> !quantum.bit
    %193 = memref.load %collapse_shape_73[] : memref<i64, strided<[], offset: 37>>
    %194 = quantum.extract %190[%193] : !quantum.reg -> !quantum.bit
    %195 = memref.load %alloca[] : memref<index>
    %196 = index.add %195, %idx1
    memref.store %196, %alloca[] : memref<index>
    %197 = memref.load %arg3[%195] : memref<?xf64>
    %out_qubits_113:2 = quantum.multirz(%197) %192, %194 : !quantum.bit, !quantum.bit
    %198 = quantum.insert %190[%191], %out_qubits_113#0 : !quantum.reg, !quantum.bit
    %199 = quantum.insert %198[%193], %out_qubits_113#1 : !quantum.reg, !quantum.bit
    %200 = memref.load %collapse_shape_75[] : memref<i64, strided<[], offset: 38>>
    %201 = quantum.extract %199[%200] : !quantum.reg -> !quantum.bit
    %202 = memref.load %collapse_shape_77[] : memref<i64, strided<[], offset: 39>>
    %203 = quantum.extract %199[%202] : !quantum.reg -> !quantum.bit
    %204 = memref.load %alloca[] : memref<index>
    %205 = index.add %204, %idx1
    memref.store %205, %alloca[] : memref<index>
    %206 = memref.load %arg3[%204] : memref<?xf64>
    %out_qubits_114:2 = quantum.multirz(%206) %201, %203 : !quantum.bit, !quantum.bit
    %207 = quantum.insert %199[%200], %out_qubits_114#0 : !quantum.reg, !quantum.bit
    %208 = quantum.insert %207[%202], %out_qubits_114#1 : !quantum.reg, !quantum.bit
    %209 = memref.load %collapse_shape_79[] : memref<i64, strided<[], offset: 40>>
    %210 = quantum.extract %208[%209] : !quantum.reg -> !quantum.bit
    %211 = memref.load %collapse_shape_81[] : memref<i64, strided<[], offset: 41>>
    %212 = quantum.extract %208[%211] : !quantum.reg -> !quantum.bit
    %213 = memref.load %alloca[] : memref<index>
    %214 = index.add %213, %idx1
    memref.store %214, %alloca[] : memref<index>
    %215 = memref.load %arg3[%213] : memref<?xf64>
    %out_qubits_115:2 = quantum.multirz(%215) %210, %212 : !quantum.bit, !quantum.bit
    %216 = quantum.insert %208[%209], %out_qubits_115#0 : !quantum.reg, !quantum.bit
    %217 = quantum.insert %216[%211], %out_qubits_115#1 : !quantum.reg, !quantum.bit
    %218 = quantum.extract %217[ 13] : !quantum.reg -> !quantum.bit
    %219 = memref.load %alloca[] : memref<index>
    %220 = index.add %219, %idx1
    memref.store %220, %alloca[] : memref<index>
    %221 = memref.load %arg3[%219] : memref<?xf64>
    %out_qubits_116 = quantum.custom "RX"(%221) %218 : !quantum.bit
    %222 = quantum.extract %217[ 12] : !quantum.reg -> !quantum.bit
    %223 = memref.load %alloca[] : memref<index>
    %224 = index.add %223, %idx1
    memref.store %224, %alloca[] : memref<index>
    %225 = memref.load %arg3[%223] : memref<?xf64>
    %out_qubits_117 = quantum.custom "RX"(%225) %222 : !quantum.bit
    %226 = quantum.extract %217[ 11] : !quantum.reg -> !quantum.bit
    %227 = memref.load %alloca[] : memref<index>
    %228 = index.add %227, %idx1
    memref.store %228, %alloca[] : memref<index>
    %229 = memref.load %arg3[%227] : memref<?xf64>
    %out_qubits_118 = quantum.custom "RX"(%229) %226 : !quantum.bit
    %230 = quantum.extract %217[ 10] : !quantum.reg -> !quantum.bit
    %231 = memref.load %alloca[] : memref<index>
    %232 = index.add %231, %idx1
    memref.store %232, %alloca[] : memref<index>
    %233 = memref.load %arg3[%231] : memref<?xf64>
    %out_qubits_119 = quantum.custom "RX"(%233) %230 : !quantum.bit
    %234 = quantum.extract %217[ 9] : !quantum.reg -> !quantum.bit
    %235 = memref.load %alloca[] : memref<index>
    %236 = index.add %235, %idx1
    memref.store %236, %alloca[] : memref<index>
    %237 = memref.load %arg3[%235] : memref<?xf64>
    %out_qubits_120 = quantum.custom "RX"(%237) %234 : !quantum.bit
    %238 = quantum.extract %217[ 8] : !quantum.reg -> !quantum.bit
    %239 = memref.load %alloca[] : memref<index>
    %240 = index.add %239, %idx1
    memref.store %240, %alloca[] : memref<index>
    %241 = memref.load %arg3[%239] : memref<?xf64>
    %out_qubits_121 = quantum.custom "RX"(%241) %238 : !quantum.bit
    %242 = quantum.extract %217[ 7] : !quantum.reg -> !quantum.bit
    %243 = memref.load %alloca[] : memref<index>
    %244 = index.add %243, %idx1
    memref.store %244, %alloca[] : memref<index>
    %245 = memref.load %arg3[%243] : memref<?xf64>
    %out_qubits_122 = quantum.custom "RX"(%245) %242 : !quantum.bit
    %246 = quantum.extract %217[ 6] : !quantum.reg -> !quantum.bit
    %247 = memref.load %alloca[] : memref<index>
    %248 = index.add %247, %idx1
    memref.store %248, %alloca[] : memref<index>
    %249 = memref.load %arg3[%247] : memref<?xf64>
    %out_qubits_123 = quantum.custom "RX"(%249) %246 : !quantum.bit
    %250 = quantum.extract %217[ 5] : !quantum.reg -> !quantum.bit
    %251 = memref.load %alloca[] : memref<index>
    %252 = index.add %251, %idx1
    memref.store %252, %alloca[] : memref<index>
    %253 = memref.load %arg3[%251] : memref<?xf64>
    %out_qubits_124 = quantum.custom "RX"(%253) %250 : !quantum.bit
    %254 = quantum.extract %217[ 4] : !quantum.reg -> !quantum.bit
    %255 = memref.load %alloca[] : memref<index>
    %256 = index.add %255, %idx1
    memref.store %256, %alloca[] : memref<index>
    %257 = memref.load %arg3[%255] : memref<?xf64>
    %out_qubits_125 = quantum.custom "RX"(%257) %254 : !quantum.bit
    %258 = quantum.extract %217[ 3] : !quantum.reg -> !quantum.bit
    %259 = memref.load %alloca[] : memref<index>
    %260 = index.add %259, %idx1
    memref.store %260, %alloca[] : memref<index>
    %261 = memref.load %arg3[%259] : memref<?xf64>
    %out_qubits_126 = quantum.custom "RX"(%261) %258 : !quantum.bit
    %262 = quantum.extract %217[ 2] : !quantum.reg -> !quantum.bit
    %263 = memref.load %alloca[] : memref<index>
    %264 = index.add %263, %idx1
    memref.store %264, %alloca[] : memref<index>
    %265 = memref.load %arg3[%263] : memref<?xf64>
    %out_qubits_127 = quantum.custom "RX"(%265) %262 : !quantum.bit
    %266 = quantum.extract %217[ 1] : !quantum.reg -> !quantum.bit
    %267 = memref.load %alloca[] : memref<index>
    %268 = index.add %267, %idx1
    memref.store %268, %alloca[] : memref<index>
    %269 = memref.load %arg3[%267] : memref<?xf64>
    %out_qubits_128 = quantum.custom "RX"(%269) %266 : !quantum.bit
    %270 = quantum.extract %217[ 0] : !quantum.reg -> !quantum.bit
    %271 = memref.load %alloca[] : memref<index>
    %272 = index.add %271, %idx1
    memref.store %272, %alloca[] : memref<index>
    %273 = memref.load %arg3[%271] : memref<?xf64>
    %out_qubits_129 = quantum.custom "RX"(%273) %270 : !quantum.bit
    %274 = quantum.insert %217[ 0], %out_qubits_129 : !quantum.reg, !quantum.bit
    %275 = quantum.insert %274[ 1], %out_qubits_128 : !quantum.reg, !quantum.bit
    %276 = quantum.insert %275[ 2], %out_qubits_127 : !quantum.reg, !quantum.bit
    %277 = quantum.insert %276[ 3], %out_qubits_126 : !quantum.reg, !quantum.bit
    %278 = quantum.insert %277[ 4], %out_qubits_125 : !quantum.reg, !quantum.bit
    %279 = quantum.insert %278[ 5], %out_qubits_124 : !quantum.reg, !quantum.bit
    %280 = quantum.insert %279[ 6], %out_qubits_123 : !quantum.reg, !quantum.bit
    %281 = quantum.insert %280[ 7], %out_qubits_122 : !quantum.reg, !quantum.bit
    %282 = quantum.insert %281[ 8], %out_qubits_121 : !quantum.reg, !quantum.bit
    %283 = quantum.insert %282[ 9], %out_qubits_120 : !quantum.reg, !quantum.bit
    %284 = quantum.insert %283[ 10], %out_qubits_119 : !quantum.reg, !quantum.bit
    %285 = quantum.insert %284[ 11], %out_qubits_118 : !quantum.reg, !quantum.bit
    %286 = quantum.insert %285[ 12], %out_qubits_117 : !quantum.reg, !quantum.bit
    %287 = quantum.insert %286[ 13], %out_qubits_116 : !quantum.reg, !quantum.bit
    %288 = quantum.extract %287[%29] : !quantum.reg -> !quantum.bit
    %289 = quantum.extract %287[%31] : !quantum.reg -> !quantum.bit
    %290 = memref.load %alloca[] : memref<index>
    %291 = index.add %290, %idx1
    memref.store %291, %alloca[] : memref<index>
    %292 = memref.load %arg3[%290] : memref<?xf64>
    %out_qubits_130:2 = quantum.multirz(%292) %288, %289 : !quantum.bit, !quantum.bit
    %293 = quantum.insert %287[%29], %out_qubits_130#0 : !quantum.reg, !quantum.bit
    %294 = quantum.insert %293[%31], %out_qubits_130#1 : !quantum.reg, !quantum.bit
    %295 = quantum.extract %294[%38] : !quantum.reg -> !quantum.bit
    %296 = quantum.extract %294[%40] : !quantum.reg -> !quantum.bit
    %297 = memref.load %alloca[] : memref<index>
    %298 = index.add %297, %idx1
    memref.store %298, %alloca[] : memref<index>
    %299 = memref.load %arg3[%297] : memref<?xf64>
    %out_qubits_131:2 = quantum.multirz(%299) %295, %296 : !quantum.bit, !quantum.bit
    %300 = quantum.insert %294[%38], %out_qubits_131#0 : !quantum.reg, !quantum.bit
    %301 = quantum.insert %300[%40], %out_qubits_131#1 : !quantum.reg, !quantum.bit
    %302 = quantum.extract %301[%47] : !quantum.reg -> !quantum.bit
    %303 = quantum.extract %301[%49] : !quantum.reg -> !quantum.bit
    %304 = memref.load %alloca[] : memref<index>
    %305 = index.add %304, %idx1
    memref.store %305, %alloca[] : memref<index>
    %306 = memref.load %arg3[%304] : memref<?xf64>
    %out_qubits_132:2 = quantum.multirz(%306) %302, %303 : !quantum.bit, !quantum.bit
    %307 = quantum.insert %301[%47], %out_qubits_132#0 : !quantum.reg, !quantum.bit
    %308 = quantum.insert %307[%49], %out_qubits_132#1 : !quantum.reg, !quantum.bit
    %309 = quantum.extract %308[%56] : !quantum.reg -> !quantum.bit
    %310 = quantum.extract %308[%58] : !quantum.reg -> !quantum.bit
    %311 = memref.load %alloca[] : memref<index>
    %312 = index.add %311, %idx1
    memref.store %312, %alloca[] : memref<index>
    %313 = memref.load %arg3[%311] : memref<?xf64>
    %out_qubits_133:2 = quantum.multirz(%313) %309, %310 : !quantum.bit, !quantum.bit
    %314 = quantum.insert %308[%56], %out_qubits_133#0 : !quantum.reg, !quantum.bit
    %315 = quantum.insert %314[%58], %out_qubits_133#1 : !quantum.reg, !quantum.bit
    %316 = quantum.extract %315[%65] : !quantum.reg -> !quantum.bit
    %317 = quantum.extract %315[%67] : !quantum.reg -> !quantum.bit
    %318 = memref.load %alloca[] : memref<index>
    %319 = index.add %318, %idx1
    memref.store %319, %alloca[] : memref<index>
    %320 = memref.load %arg3[%318] : memref<?xf64>
    %out_qubits_134:2 = quantum.multirz(%320) %316, %317 : !quantum.bit, !quantum.bit
    %321 = quantum.insert %315[%65], %out_qubits_134#0 : !quantum.reg, !quantum.bit
    %322 = quantum.insert %321[%67], %out_qubits_134#1 : !quantum.reg, !quantum.bit
    %323 = quantum.extract %322[%74] : !quantum.reg -> !quantum.bit
    %324 = quantum.extract %322[%76] : !quantum.reg -> !quantum.bit
    %325 = memref.load %alloca[] : memref<index>
    %326 = index.add %325, %idx1
    memref.store %326, %alloca[] : memref<index>
    %327 = memref.load %arg3[%325] : memref<?xf64>
    %out_qubits_135:2 = quantum.multirz(%327) %323, %324 : !quantum.bit, !quantum.bit
    %328 = quantum.insert %322[%74], %out_qubits_135#0 : !quantum.reg, !quantum.bit
    %329 = quantum.insert %328[%76], %out_qubits_135#1 : !quantum.reg, !quantum.bit
    %330 = quantum.extract %329[%83] : !quantum.reg -> !quantum.bit
    %331 = quantum.extract %329[%85] : !quantum.reg -> !quantum.bit
    %332 = memref.load %alloca[] : memref<index>
    %333 = index.add %332, %idx1
    memref.store %333, %alloca[] : memref<index>
    %334 = memref.load %arg3[%332] : memref<?xf64>
    %out_qubits_136:2 = quantum.multirz(%334) %330, %331 : !quantum.bit, !quantum.bit
    %335 = quantum.insert %329[%83], %out_qubits_136#0 : !quantum.reg, !quantum.bit
    %336 = quantum.insert %335[%85], %out_qubits_136#1 : !quantum.reg, !quantum.bit
    %337 = quantum.extract %336[%92] : !quantum.reg -> !quantum.bit
    %338 = quantum.extract %336[%94] : !quantum.reg -> !quantum.bit
    %339 = memref.load %alloca[] : memref<index>
    %340 = index.add %339, %idx1
    memref.store %340, %alloca[] : memref<index>
    %341 = memref.load %arg3[%339] : memref<?xf64>
    %out_qubits_137:2 = quantum.multirz(%341) %337, %338 : !quantum.bit, !quantum.bit
    %342 = quantum.insert %336[%92], %out_qubits_137#0 : !quantum.reg, !quantum.bit
    %343 = quantum.insert %342[%94], %out_qubits_137#1 : !quantum.reg, !quantum.bit
    %344 = quantum.extract %343[%101] : !quantum.reg -> !quantum.bit
    %345 = quantum.extract %343[%103] : !quantum.reg -> !quantum.bit
    %346 = memref.load %alloca[] : memref<index>
    %347 = index.add %346, %idx1
    memref.store %347, %alloca[] : memref<index>
    %348 = memref.load %arg3[%346] : memref<?xf64>
    %out_qubits_138:2 = quantum.multirz(%348) %344, %345 : !quantum.bit, !quantum.bit
    %349 = quantum.insert %343[%101], %out_qubits_138#0 : !quantum.reg, !quantum.bit
    %350 = quantum.insert %349[%103], %out_qubits_138#1 : !quantum.reg, !quantum.bit
    %351 = quantum.extract %350[%110] : !quantum.reg -> !quantum.bit
    %352 = quantum.extract %350[%112] : !quantum.reg -> !quantum.bit
    %353 = memref.load %alloca[] : memref<index>
    %354 = index.add %353, %idx1
    memref.store %354, %alloca[] : memref<index>
    %355 = memref.load %arg3[%353] : memref<?xf64>
    %out_qubits_139:2 = quantum.multirz(%355) %351, %352 : !quantum.bit, !quantum.bit
    %356 = quantum.insert %350[%110], %out_qubits_139#0 : !quantum.reg, !quantum.bit
    %357 = quantum.insert %356[%112], %out_qubits_139#1 : !quantum.reg, !quantum.bit
    %358 = quantum.extract %357[%119] : !quantum.reg -> !quantum.bit
    %359 = quantum.extract %357[%121] : !quantum.reg -> !quantum.bit
    %360 = memref.load %alloca[] : memref<index>
    %361 = index.add %360, %idx1
    memref.store %361, %alloca[] : memref<index>
    %362 = memref.load %arg3[%360] : memref<?xf64>
    %out_qubits_140:2 = quantum.multirz(%362) %358, %359 : !quantum.bit, !quantum.bit
    %363 = quantum.insert %357[%119], %out_qubits_140#0 : !quantum.reg, !quantum.bit
    %364 = quantum.insert %363[%121], %out_qubits_140#1 : !quantum.reg, !quantum.bit
    %365 = quantum.extract %364[%128] : !quantum.reg -> !quantum.bit
    %366 = quantum.extract %364[%130] : !quantum.reg -> !quantum.bit
    %367 = memref.load %alloca[] : memref<index>
    %368 = index.add %367, %idx1
    memref.store %368, %alloca[] : memref<index>
    %369 = memref.load %arg3[%367] : memref<?xf64>
    %out_qubits_141:2 = quantum.multirz(%369) %365, %366 : !quantum.bit, !quantum.bit
    %370 = quantum.insert %364[%128], %out_qubits_141#0 : !quantum.reg, !quantum.bit
    %371 = quantum.insert %370[%130], %out_qubits_141#1 : !quantum.reg, !quantum.bit
    %372 = quantum.extract %371[%137] : !quantum.reg -> !quantum.bit
    %373 = quantum.extract %371[%139] : !quantum.reg -> !quantum.bit
    %374 = memref.load %alloca[] : memref<index>
    %375 = index.add %374, %idx1
    memref.store %375, %alloca[] : memref<index>
    %376 = memref.load %arg3[%374] : memref<?xf64>
    %out_qubits_142:2 = quantum.multirz(%376) %372, %373 : !quantum.bit, !quantum.bit
    %377 = quantum.insert %371[%137], %out_qubits_142#0 : !quantum.reg, !quantum.bit
    %378 = quantum.insert %377[%139], %out_qubits_142#1 : !quantum.reg, !quantum.bit
    %379 = quantum.extract %378[%146] : !quantum.reg -> !quantum.bit
    %380 = quantum.extract %378[%148] : !quantum.reg -> !quantum.bit
    %381 = memref.load %alloca[] : memref<index>
    %382 = index.add %381, %idx1
    memref.store %382, %alloca[] : memref<index>
    %383 = memref.load %arg3[%381] : memref<?xf64>
    %out_qubits_143:2 = quantum.multirz(%383) %379, %380 : !quantum.bit, !quantum.bit
    %384 = quantum.insert %378[%146], %out_qubits_143#0 : !quantum.reg, !quantum.bit
    %385 = quantum.insert %384[%148], %out_qubits_143#1 : !quantum.reg, !quantum.bit
    %386 = quantum.extract %385[%155] : !quantum.reg -> !quantum.bit
    %387 = quantum.extract %385[%157] : !quantum.reg -> !quantum.bit
    %388 = memref.load %alloca[] : memref<index>
    %389 = index.add %388, %idx1
    memref.store %389, %alloca[] : memref<index>
    %390 = memref.load %arg3[%388] : memref<?xf64>
    %out_qubits_144:2 = quantum.multirz(%390) %386, %387 : !quantum.bit, !quantum.bit
    %391 = quantum.insert %385[%155], %out_qubits_144#0 : !quantum.reg, !quantum.bit
    %392 = quantum.insert %391[%157], %out_qubits_144#1 : !quantum.reg, !quantum.bit
    %393 = quantum.extract %392[%164] : !quantum.reg -> !quantum.bit
    %394 = quantum.extract %392[%166] : !quantum.reg -> !quantum.bit
    %395 = memref.load %alloca[] : memref<index>
    %396 = index.add %395, %idx1
    memref.store %396, %alloca[] : memref<index>
    %397 = memref.load %arg3[%395] : memref<?xf64>
    %out_qubits_145:2 = quantum.multirz(%397) %393, %394 : !quantum.bit, !quantum.bit
    %398 = quantum.insert %392[%164], %out_qubits_145#0 : !quantum.reg, !quantum.bit
    %399 = quantum.insert %398[%166], %out_qubits_145#1 : !quantum.reg, !quantum.bit
    %400 = quantum.extract %399[%173] : !quantum.reg -> !quantum.bit
    %401 = quantum.extract %399[%175] : !quantum.reg -> !quantum.bit
    %402 = memref.load %alloca[] : memref<index>
    %403 = index.add %402, %idx1
    memref.store %403, %alloca[] : memref<index>
    %404 = memref.load %arg3[%402] : memref<?xf64>
    %out_qubits_146:2 = quantum.multirz(%404) %400, %401 : !quantum.bit, !quantum.bit
    %405 = quantum.insert %399[%173], %out_qubits_146#0 : !quantum.reg, !quantum.bit
    %406 = quantum.insert %405[%175], %out_qubits_146#1 : !quantum.reg, !quantum.bit
    %407 = quantum.extract %406[%182] : !quantum.reg -> !quantum.bit
    %408 = quantum.extract %406[%184] : !quantum.reg -> !quantum.bit
    %409 = memref.load %alloca[] : memref<index>
    %410 = index.add %409, %idx1
    memref.store %410, %alloca[] : memref<index>
    %411 = memref.load %arg3[%409] : memref<?xf64>
    %out_qubits_147:2 = quantum.multirz(%411) %407, %408 : !quantum.bit, !quantum.bit
    %412 = quantum.insert %406[%182], %out_qubits_147#0 : !quantum.reg, !quantum.bit
    %413 = quantum.insert %412[%184], %out_qubits_147#1 : !quantum.reg, !quantum.bit
    %414 = quantum.extract %413[%191] : !quantum.reg -> !quantum.bit
    %415 = quantum.extract %413[%193] : !quantum.reg -> !quantum.bit
    %416 = memref.load %alloca[] : memref<index>
    %417 = index.add %416, %idx1
    memref.store %417, %alloca[] : memref<index>
    %418 = memref.load %arg3[%416] : memref<?xf64>
    %out_qubits_148:2 = quantum.multirz(%418) %414, %415 : !quantum.bit, !quantum.bit
    %419 = quantum.insert %413[%191], %out_qubits_148#0 : !quantum.reg, !quantum.bit
    %420 = quantum.insert %419[%193], %out_qubits_148#1 : !quantum.reg, !quantum.bit
    %421 = quantum.extract %420[%200] : !quantum.reg -> !quantum.bit
    %422 = quantum.extract %420[%202] : !quantum.reg -> !quantum.bit
    %423 = memref.load %alloca[] : memref<index>
    %424 = index.add %423, %idx1
    memref.store %424, %alloca[] : memref<index>
    %425 = memref.load %arg3[%423] : memref<?xf64>
    %out_qubits_149:2 = quantum.multirz(%425) %421, %422 : !quantum.bit, !quantum.bit
    %426 = quantum.insert %420[%200], %out_qubits_149#0 : !quantum.reg, !quantum.bit
    %427 = quantum.insert %426[%202], %out_qubits_149#1 : !quantum.reg, !quantum.bit
    %428 = quantum.extract %427[%209] : !quantum.reg -> !quantum.bit
    %429 = quantum.extract %427[%211] : !quantum.reg -> !quantum.bit
    %430 = memref.load %alloca[] : memref<index>
    %431 = index.add %430, %idx1
    memref.store %431, %alloca[] : memref<index>
    %432 = memref.load %arg3[%430] : memref<?xf64>
    %out_qubits_150:2 = quantum.multirz(%432) %428, %429 : !quantum.bit, !quantum.bit
    %433 = quantum.insert %427[%209], %out_qubits_150#0 : !quantum.reg, !quantum.bit
    %434 = quantum.insert %433[%211], %out_qubits_150#1 : !quantum.reg, !quantum.bit
    %435 = quantum.extract %434[ 13] : !quantum.reg -> !quantum.bit
    %436 = memref.load %alloca[] : memref<index>
    %437 = index.add %436, %idx1
    memref.store %437, %alloca[] : memref<index>
    %438 = memref.load %arg3[%436] : memref<?xf64>
    %out_qubits_151 = quantum.custom "RX"(%438) %435 : !quantum.bit
    %439 = quantum.extract %434[ 12] : !quantum.reg -> !quantum.bit
    %440 = memref.load %alloca[] : memref<index>
    %441 = index.add %440, %idx1
    memref.store %441, %alloca[] : memref<index>
    %442 = memref.load %arg3[%440] : memref<?xf64>
    %out_qubits_152 = quantum.custom "RX"(%442) %439 : !quantum.bit
    %443 = quantum.extract %434[ 11] : !quantum.reg -> !quantum.bit
    %444 = memref.load %alloca[] : memref<index>
    %445 = index.add %444, %idx1
    memref.store %445, %alloca[] : memref<index>
    %446 = memref.load %arg3[%444] : memref<?xf64>
    %out_qubits_153 = quantum.custom "RX"(%446) %443 : !quantum.bit
    %447 = quantum.extract %434[ 10] : !quantum.reg -> !quantum.bit
    %448 = memref.load %alloca[] : memref<index>
    %449 = index.add %448, %idx1
    memref.store %449, %alloca[] : memref<index>
    %450 = memref.load %arg3[%448] : memref<?xf64>
    %out_qubits_154 = quantum.custom "RX"(%450) %447 : !quantum.bit
    %451 = quantum.extract %434[ 9] : !quantum.reg -> !quantum.bit
    %452 = memref.load %alloca[] : memref<index>
    %453 = index.add %452, %idx1
    memref.store %453, %alloca[] : memref<index>
    %454 = memref.load %arg3[%452] : memref<?xf64>
    %out_qubits_155 = quantum.custom "RX"(%454) %451 : !quantum.bit
    %455 = quantum.extract %434[ 8] : !quantum.reg -> !quantum.bit
    %456 = memref.load %alloca[] : memref<index>
    %457 = index.add %456, %idx1
    memref.store %457, %alloca[] : memref<index>
    %458 = memref.load %arg3[%456] : memref<?xf64>
    %out_qubits_156 = quantum.custom "RX"(%458) %455 : !quantum.bit
    %459 = quantum.extract %434[ 7] : !quantum.reg -> !quantum.bit
    %460 = memref.load %alloca[] : memref<index>
    %461 = index.add %460, %idx1
    memref.store %461, %alloca[] : memref<index>
    %462 = memref.load %arg3[%460] : memref<?xf64>
    %out_qubits_157 = quantum.custom "RX"(%462) %459 : !quantum.bit
    %463 = quantum.extract %434[ 6] : !quantum.reg -> !quantum.bit
    %464 = memref.load %alloca[] : memref<index>
    %465 = index.add %464, %idx1
    memref.store %465, %alloca[] : memref<index>
    %466 = memref.load %arg3[%464] : memref<?xf64>
    %out_qubits_158 = quantum.custom "RX"(%466) %463 : !quantum.bit
    %467 = quantum.extract %434[ 5] : !quantum.reg -> !quantum.bit
    %468 = memref.load %alloca[] : memref<index>
    %469 = index.add %468, %idx1
    memref.store %469, %alloca[] : memref<index>
    %470 = memref.load %arg3[%468] : memref<?xf64>
    %out_qubits_159 = quantum.custom "RX"(%470) %467 : !quantum.bit
    %471 = quantum.extract %434[ 4] : !quantum.reg -> !quantum.bit
    %472 = memref.load %alloca[] : memref<index>
    %473 = index.add %472, %idx1
    memref.store %473, %alloca[] : memref<index>
    %474 = memref.load %arg3[%472] : memref<?xf64>
    %out_qubits_160 = quantum.custom "RX"(%474) %471 : !quantum.bit
    %475 = quantum.extract %434[ 3] : !quantum.reg -> !quantum.bit
    %476 = memref.load %alloca[] : memref<index>
    %477 = index.add %476, %idx1
    memref.store %477, %alloca[] : memref<index>
    %478 = memref.load %arg3[%476] : memref<?xf64>
    %out_qubits_161 = quantum.custom "RX"(%478) %475 : !quantum.bit
    %479 = quantum.extract %434[ 2] : !quantum.reg -> !quantum.bit
    %480 = memref.load %alloca[] : memref<index>
    %481 = index.add %480, %idx1
    memref.store %481, %alloca[] : memref<index>
    %482 = memref.load %arg3[%480] : memref<?xf64>
    %out_qubits_162 = quantum.custom "RX"(%482) %479 : !quantum.bit
    %483 = quantum.extract %434[ 1] : !quantum.reg -> !quantum.bit
    %484 = memref.load %alloca[] : memref<index>
    %485 = index.add %484, %idx1
    memref.store %485, %alloca[] : memref<index>
    %486 = memref.load %arg3[%484] : memref<?xf64>
    %out_qubits_163 = quantum.custom "RX"(%486) %483 : !quantum.bit
    %487 = quantum.extract %434[ 0] : !quantum.reg -> !quantum.bit
    %488 = memref.load %alloca[] : memref<index>
    %489 = index.add %488, %idx1
    memref.store %489, %alloca[] : memref<index>
    %490 = memref.load %arg3[%488] : memref<?xf64>
    %out_qubits_164 = quantum.custom "RX"(%490) %487 : !quantum.bit
    %491 = quantum.insert %434[ 0], %out_qubits_164 : !quantum.reg, !quantum.bit
    %492 = quantum.insert %491[ 1], %out_qubits_163 : !quantum.reg, !quantum.bit
    %493 = quantum.insert %492[ 2], %out_qubits_162 : !quantum.reg, !quantum.bit
    %494 = quantum.insert %493[ 3], %out_qubits_161 : !quantum.reg, !quantum.bit
    %495 = quantum.insert %494[ 4], %out_qubits_160 : !quantum.reg, !quantum.bit
    %496 = quantum.insert %495[ 5], %out_qubits_159 : !quantum.reg, !quantum.bit
    %497 = quantum.insert %496[ 6], %out_qubits_158 : !quantum.reg, !quantum.bit
    %498 = quantum.insert %497[ 7], %out_qubits_157 : !quantum.reg, !quantum.bit
    %499 = quantum.insert %498[ 8], %out_qubits_156 : !quantum.reg, !quantum.bit
    %500 = quantum.insert %499[ 9], %out_qubits_155 : !quantum.reg, !quantum.bit
    %501 = quantum.insert %500[ 10], %out_qubits_154 : !quantum.reg, !quantum.bit
    %502 = quantum.insert %501[ 11], %out_qubits_153 : !quantum.reg, !quantum.bit
    %503 = quantum.insert %502[ 12], %out_qubits_152 : !quantum.reg, !quantum.bit
    %504 = quantum.insert %503[ 13], %out_qubits_151 : !quantum.reg, !quantum.bit
    %505 = quantum.extract %504[%29] : !quantum.reg -> !quantum.bit
    %506 = quantum.extract %504[%31] : !quantum.reg -> !quantum.bit
    %507 = memref.load %alloca[] : memref<index>
    %508 = index.add %507, %idx1
    memref.store %508, %alloca[] : memref<index>
    %509 = memref.load %arg3[%507] : memref<?xf64>
    %out_qubits_165:2 = quantum.multirz(%509) %505, %506 : !quantum.bit, !quantum.bit
    %510 = quantum.insert %504[%29], %out_qubits_165#0 : !quantum.reg, !quantum.bit
    %511 = quantum.insert %510[%31], %out_qubits_165#1 : !quantum.reg, !quantum.bit
    %512 = quantum.extract %511[%38] : !quantum.reg -> !quantum.bit
    %513 = quantum.extract %511[%40] : !quantum.reg -> !quantum.bit
    %514 = memref.load %alloca[] : memref<index>
    %515 = index.add %514, %idx1
    memref.store %515, %alloca[] : memref<index>
    %516 = memref.load %arg3[%514] : memref<?xf64>
    %out_qubits_166:2 = quantum.multirz(%516) %512, %513 : !quantum.bit, !quantum.bit
    %517 = quantum.insert %511[%38], %out_qubits_166#0 : !quantum.reg, !quantum.bit
    %518 = quantum.insert %517[%40], %out_qubits_166#1 : !quantum.reg, !quantum.bit
    %519 = quantum.extract %518[%47] : !quantum.reg -> !quantum.bit
    %520 = quantum.extract %518[%49] : !quantum.reg -> !quantum.bit
    %521 = memref.load %alloca[] : memref<index>
    %522 = index.add %521, %idx1
    memref.store %522, %alloca[] : memref<index>
    %523 = memref.load %arg3[%521] : memref<?xf64>
    %out_qubits_167:2 = quantum.multirz(%523) %519, %520 : !quantum.bit, !quantum.bit
    %524 = quantum.insert %518[%47], %out_qubits_167#0 : !quantum.reg, !quantum.bit
    %525 = quantum.insert %524[%49], %out_qubits_167#1 : !quantum.reg, !quantum.bit
    %526 = quantum.extract %525[%56] : !quantum.reg -> !quantum.bit
    %527 = quantum.extract %525[%58] : !quantum.reg -> !quantum.bit
    %528 = memref.load %alloca[] : memref<index>
    %529 = index.add %528, %idx1
    memref.store %529, %alloca[] : memref<index>
    %530 = memref.load %arg3[%528] : memref<?xf64>
    %out_qubits_168:2 = quantum.multirz(%530) %526, %527 : !quantum.bit, !quantum.bit
    %531 = quantum.insert %525[%56], %out_qubits_168#0 : !quantum.reg, !quantum.bit
    %532 = quantum.insert %531[%58], %out_qubits_168#1 : !quantum.reg, !quantum.bit
    %533 = quantum.extract %532[%65] : !quantum.reg -> !quantum.bit
    %534 = quantum.extract %532[%67] : !quantum.reg -> !quantum.bit
    %535 = memref.load %alloca[] : memref<index>
    %536 = index.add %535, %idx1
    memref.store %536, %alloca[] : memref<index>
    %537 = memref.load %arg3[%535] : memref<?xf64>
    %out_qubits_169:2 = quantum.multirz(%537) %533, %534 : !quantum.bit, !quantum.bit
    %538 = quantum.insert %532[%65], %out_qubits_169#0 : !quantum.reg, !quantum.bit
    %539 = quantum.insert %538[%67], %out_qubits_169#1 : !quantum.reg, !quantum.bit
    %540 = quantum.extract %539[%74] : !quantum.reg -> !quantum.bit
    %541 = quantum.extract %539[%76] : !quantum.reg -> !quantum.bit
    %542 = memref.load %alloca[] : memref<index>
    %543 = index.add %542, %idx1
    memref.store %543, %alloca[] : memref<index>
    %544 = memref.load %arg3[%542] : memref<?xf64>
    %out_qubits_170:2 = quantum.multirz(%544) %540, %541 : !quantum.bit, !quantum.bit
    %545 = quantum.insert %539[%74], %out_qubits_170#0 : !quantum.reg, !quantum.bit
    %546 = quantum.insert %545[%76], %out_qubits_170#1 : !quantum.reg, !quantum.bit
    %547 = quantum.extract %546[%83] : !quantum.reg -> !quantum.bit
    %548 = quantum.extract %546[%85] : !quantum.reg -> !quantum.bit
    %549 = memref.load %alloca[] : memref<index>
    %550 = index.add %549, %idx1
    memref.store %550, %alloca[] : memref<index>
    %551 = memref.load %arg3[%549] : memref<?xf64>
    %out_qubits_171:2 = quantum.multirz(%551) %547, %548 : !quantum.bit, !quantum.bit
    %552 = quantum.insert %546[%83], %out_qubits_171#0 : !quantum.reg, !quantum.bit
    %553 = quantum.insert %552[%85], %out_qubits_171#1 : !quantum.reg, !quantum.bit
    %554 = quantum.extract %553[%92] : !quantum.reg -> !quantum.bit
    %555 = quantum.extract %553[%94] : !quantum.reg -> !quantum.bit
    %556 = memref.load %alloca[] : memref<index>
    %557 = index.add %556, %idx1
    memref.store %557, %alloca[] : memref<index>
    %558 = memref.load %arg3[%556] : memref<?xf64>
    %out_qubits_172:2 = quantum.multirz(%558) %554, %555 : !quantum.bit, !quantum.bit
    %559 = quantum.insert %553[%92], %out_qubits_172#0 : !quantum.reg, !quantum.bit
    %560 = quantum.insert %559[%94], %out_qubits_172#1 : !quantum.reg, !quantum.bit
    %561 = quantum.extract %560[%101] : !quantum.reg -> !quantum.bit
    %562 = quantum.extract %560[%103] : !quantum.reg -> !quantum.bit
    %563 = memref.load %alloca[] : memref<index>
    %564 = index.add %563, %idx1
    memref.store %564, %alloca[] : memref<index>
    %565 = memref.load %arg3[%563] : memref<?xf64>
    %out_qubits_173:2 = quantum.multirz(%565) %561, %562 : !quantum.bit, !quantum.bit
    %566 = quantum.insert %560[%101], %out_qubits_173#0 : !quantum.reg, !quantum.bit
    %567 = quantum.insert %566[%103], %out_qubits_173#1 : !quantum.reg, !quantum.bit
    %568 = quantum.extract %567[%110] : !quantum.reg -> !quantum.bit
    %569 = quantum.extract %567[%112] : !quantum.reg -> !quantum.bit
    %570 = memref.load %alloca[] : memref<index>
    %571 = index.add %570, %idx1
    memref.store %571, %alloca[] : memref<index>
    %572 = memref.load %arg3[%570] : memref<?xf64>
    %out_qubits_174:2 = quantum.multirz(%572) %568, %569 : !quantum.bit, !quantum.bit
    %573 = quantum.insert %567[%110], %out_qubits_174#0 : !quantum.reg, !quantum.bit
    %574 = quantum.insert %573[%112], %out_qubits_174#1 : !quantum.reg, !quantum.bit
    %575 = quantum.extract %574[%119] : !quantum.reg -> !quantum.bit
    %576 = quantum.extract %574[%121] : !quantum.reg -> !quantum.bit
    %577 = memref.load %alloca[] : memref<index>
    %578 = index.add %577, %idx1
    memref.store %578, %alloca[] : memref<index>
    %579 = memref.load %arg3[%577] : memref<?xf64>
    %out_qubits_175:2 = quantum.multirz(%579) %575, %576 : !quantum.bit, !quantum.bit
    %580 = quantum.insert %574[%119], %out_qubits_175#0 : !quantum.reg, !quantum.bit
    %581 = quantum.insert %580[%121], %out_qubits_175#1 : !quantum.reg, !quantum.bit
    %582 = quantum.extract %581[%128] : !quantum.reg -> !quantum.bit
    %583 = quantum.extract %581[%130] : !quantum.reg -> !quantum.bit
    %584 = memref.load %alloca[] : memref<index>
    %585 = index.add %584, %idx1
    memref.store %585, %alloca[] : memref<index>
    %586 = memref.load %arg3[%584] : memref<?xf64>
    %out_qubits_176:2 = quantum.multirz(%586) %582, %583 : !quantum.bit, !quantum.bit
    %587 = quantum.insert %581[%128], %out_qubits_176#0 : !quantum.reg, !quantum.bit
    %588 = quantum.insert %587[%130], %out_qubits_176#1 : !quantum.reg, !quantum.bit
    %589 = quantum.extract %588[%137] : !quantum.reg -> !quantum.bit
    %590 = quantum.extract %588[%139] : !quantum.reg -> !quantum.bit
    %591 = memref.load %alloca[] : memref<index>
    %592 = index.add %591, %idx1
    memref.store %592, %alloca[] : memref<index>
    %593 = memref.load %arg3[%591] : memref<?xf64>
    %out_qubits_177:2 = quantum.multirz(%593) %589, %590 : !quantum.bit, !quantum.bit
    %594 = quantum.insert %588[%137], %out_qubits_177#0 : !quantum.reg, !quantum.bit
    %595 = quantum.insert %594[%139], %out_qubits_177#1 : !quantum.reg, !quantum.bit
    %596 = quantum.extract %595[%146] : !quantum.reg -> !quantum.bit
    %597 = quantum.extract %595[%148] : !quantum.reg -> !quantum.bit
    %598 = memref.load %alloca[] : memref<index>
    %599 = index.add %598, %idx1
    memref.store %599, %alloca[] : memref<index>
    %600 = memref.load %arg3[%598] : memref<?xf64>
    %out_qubits_178:2 = quantum.multirz(%600) %596, %597 : !quantum.bit, !quantum.bit
    %601 = quantum.insert %595[%146], %out_qubits_178#0 : !quantum.reg, !quantum.bit
    %602 = quantum.insert %601[%148], %out_qubits_178#1 : !quantum.reg, !quantum.bit
    %603 = quantum.extract %602[%155] : !quantum.reg -> !quantum.bit
    %604 = quantum.extract %602[%157] : !quantum.reg -> !quantum.bit
    %605 = memref.load %alloca[] : memref<index>
    %606 = index.add %605, %idx1
    memref.store %606, %alloca[] : memref<index>
    %607 = memref.load %arg3[%605] : memref<?xf64>
    %out_qubits_179:2 = quantum.multirz(%607) %603, %604 : !quantum.bit, !quantum.bit
    %608 = quantum.insert %602[%155], %out_qubits_179#0 : !quantum.reg, !quantum.bit
    %609 = quantum.insert %608[%157], %out_qubits_179#1 : !quantum.reg, !quantum.bit
    %610 = quantum.extract %609[%164] : !quantum.reg -> !quantum.bit
    %611 = quantum.extract %609[%166] : !quantum.reg -> !quantum.bit
    %612 = memref.load %alloca[] : memref<index>
    %613 = index.add %612, %idx1
    memref.store %613, %alloca[] : memref<index>
    %614 = memref.load %arg3[%612] : memref<?xf64>
    %out_qubits_180:2 = quantum.multirz(%614) %610, %611 : !quantum.bit, !quantum.bit
    %615 = quantum.insert %609[%164], %out_qubits_180#0 : !quantum.reg, !quantum.bit
    %616 = quantum.insert %615[%166], %out_qubits_180#1 : !quantum.reg, !quantum.bit
    %617 = quantum.extract %616[%173] : !quantum.reg -> !quantum.bit
    %618 = quantum.extract %616[%175] : !quantum.reg -> !quantum.bit
    %619 = memref.load %alloca[] : memref<index>
    %620 = index.add %619, %idx1
    memref.store %620, %alloca[] : memref<index>
    %621 = memref.load %arg3[%619] : memref<?xf64>
    %out_qubits_181:2 = quantum.multirz(%621) %617, %618 : !quantum.bit, !quantum.bit
    %622 = quantum.insert %616[%173], %out_qubits_181#0 : !quantum.reg, !quantum.bit
    %623 = quantum.insert %622[%175], %out_qubits_181#1 : !quantum.reg, !quantum.bit
    %624 = quantum.extract %623[%182] : !quantum.reg -> !quantum.bit
    %625 = quantum.extract %623[%184] : !quantum.reg -> !quantum.bit
    %626 = memref.load %alloca[] : memref<index>
    %627 = index.add %626, %idx1
    memref.store %627, %alloca[] : memref<index>
    %628 = memref.load %arg3[%626] : memref<?xf64>
    %out_qubits_182:2 = quantum.multirz(%628) %624, %625 : !quantum.bit, !quantum.bit
    %629 = quantum.insert %623[%182], %out_qubits_182#0 : !quantum.reg, !quantum.bit
    %630 = quantum.insert %629[%184], %out_qubits_182#1 : !quantum.reg, !quantum.bit
    %631 = quantum.extract %630[%191] : !quantum.reg -> !quantum.bit
    %632 = quantum.extract %630[%193] : !quantum.reg -> !quantum.bit
    %633 = memref.load %alloca[] : memref<index>
    %634 = index.add %633, %idx1
    memref.store %634, %alloca[] : memref<index>
    %635 = memref.load %arg3[%633] : memref<?xf64>
    %out_qubits_183:2 = quantum.multirz(%635) %631, %632 : !quantum.bit, !quantum.bit
    %636 = quantum.insert %630[%191], %out_qubits_183#0 : !quantum.reg, !quantum.bit
    %637 = quantum.insert %636[%193], %out_qubits_183#1 : !quantum.reg, !quantum.bit
    %638 = quantum.extract %637[%200] : !quantum.reg -> !quantum.bit
    %639 = quantum.extract %637[%202] : !quantum.reg -> !quantum.bit
    %640 = memref.load %alloca[] : memref<index>
    %641 = index.add %640, %idx1
    memref.store %641, %alloca[] : memref<index>
    %642 = memref.load %arg3[%640] : memref<?xf64>
    %out_qubits_184:2 = quantum.multirz(%642) %638, %639 : !quantum.bit, !quantum.bit
    %643 = quantum.insert %637[%200], %out_qubits_184#0 : !quantum.reg, !quantum.bit
    %644 = quantum.insert %643[%202], %out_qubits_184#1 : !quantum.reg, !quantum.bit
    %645 = quantum.extract %644[%209] : !quantum.reg -> !quantum.bit
    %646 = quantum.extract %644[%211] : !quantum.reg -> !quantum.bit
    %647 = memref.load %alloca[] : memref<index>
    %648 = index.add %647, %idx1
    memref.store %648, %alloca[] : memref<index>
    %649 = memref.load %arg3[%647] : memref<?xf64>
    %out_qubits_185:2 = quantum.multirz(%649) %645, %646 : !quantum.bit, !quantum.bit
    %650 = quantum.insert %644[%209], %out_qubits_185#0 : !quantum.reg, !quantum.bit
    %651 = quantum.insert %650[%211], %out_qubits_185#1 : !quantum.reg, !quantum.bit
    %652 = quantum.extract %651[ 0] : !quantum.reg -> !quantum.bit
    %653 = memref.load %alloca[] : memref<index>
    %654 = index.add %653, %idx1
    memref.store %654, %alloca[] : memref<index>
    %655 = memref.load %arg3[%653] : memref<?xf64>
    %out_qubits_186 = quantum.custom "RX"(%655) %652 : !quantum.bit
    %656 = quantum.extract %651[ 1] : !quantum.reg -> !quantum.bit
    %657 = memref.load %alloca[] : memref<index>
    %658 = index.add %657, %idx1
    memref.store %658, %alloca[] : memref<index>
    %659 = memref.load %arg3[%657] : memref<?xf64>
    %out_qubits_187 = quantum.custom "RX"(%659) %656 : !quantum.bit
    %660 = quantum.extract %651[ 2] : !quantum.reg -> !quantum.bit
    %661 = memref.load %alloca[] : memref<index>
    %662 = index.add %661, %idx1
    memref.store %662, %alloca[] : memref<index>
    %663 = memref.load %arg3[%661] : memref<?xf64>
    %out_qubits_188 = quantum.custom "RX"(%663) %660 : !quantum.bit
    %664 = quantum.extract %651[ 3] : !quantum.reg -> !quantum.bit
    %665 = memref.load %alloca[] : memref<index>
    %666 = index.add %665, %idx1
    memref.store %666, %alloca[] : memref<index>
    %667 = memref.load %arg3[%665] : memref<?xf64>
    %out_qubits_189 = quantum.custom "RX"(%667) %664 : !quantum.bit
    %668 = quantum.extract %651[ 4] : !quantum.reg -> !quantum.bit
    %669 = memref.load %alloca[] : memref<index>
    %670 = index.add %669, %idx1
    memref.store %670, %alloca[] : memref<index>
    %671 = memref.load %arg3[%669] : memref<?xf64>
    %out_qubits_190 = quantum.custom "RX"(%671) %668 : !quantum.bit
    %672 = quantum.extract %651[ 5] : !quantum.reg -> !quantum.bit
    %673 = memref.load %alloca[] : memref<index>
    %674 = index.add %673, %idx1
    memref.store %674, %alloca[] : memref<index>
    %675 = memref.load %arg3[%673] : memref<?xf64>
    %out_qubits_191 = quantum.custom "RX"(%675) %672 : !quantum.bit
    %676 = quantum.extract %651[ 6] : !quantum.reg -> !quantum.bit
    %677 = memref.load %alloca[] : memref<index>
    %678 = index.add %677, %idx1
    memref.store %678, %alloca[] : memref<index>
    %679 = memref.load %arg3[%677] : memref<?xf64>
    %out_qubits_192 = quantum.custom "RX"(%679) %676 : !quantum.bit
    %680 = quantum.extract %651[ 7] : !quantum.reg -> !quantum.bit
    %681 = memref.load %alloca[] : memref<index>
    %682 = index.add %681, %idx1
    memref.store %682, %alloca[] : memref<index>
    %683 = memref.load %arg3[%681] : memref<?xf64>
    %out_qubits_193 = quantum.custom "RX"(%683) %680 : !quantum.bit
    %684 = quantum.extract %651[ 8] : !quantum.reg -> !quantum.bit
    %685 = memref.load %alloca[] : memref<index>
    %686 = index.add %685, %idx1
    memref.store %686, %alloca[] : memref<index>
    %687 = memref.load %arg3[%685] : memref<?xf64>
    %out_qubits_194 = quantum.custom "RX"(%687) %684 : !quantum.bit
    %688 = quantum.extract %651[ 9] : !quantum.reg -> !quantum.bit
    %689 = memref.load %alloca[] : memref<index>
    %690 = index.add %689, %idx1
    memref.store %690, %alloca[] : memref<index>
    %691 = memref.load %arg3[%689] : memref<?xf64>
    %out_qubits_195 = quantum.custom "RX"(%691) %688 : !quantum.bit
    %692 = quantum.extract %651[ 10] : !quantum.reg -> !quantum.bit
    %693 = memref.load %alloca[] : memref<index>
    %694 = index.add %693, %idx1
    memref.store %694, %alloca[] : memref<index>
    %695 = memref.load %arg3[%693] : memref<?xf64>
    %out_qubits_196 = quantum.custom "RX"(%695) %692 : !quantum.bit
    %696 = quantum.extract %651[ 11] : !quantum.reg -> !quantum.bit
    %697 = memref.load %alloca[] : memref<index>
    %698 = index.add %697, %idx1
    memref.store %698, %alloca[] : memref<index>
    %699 = memref.load %arg3[%697] : memref<?xf64>
    %out_qubits_197 = quantum.custom "RX"(%699) %696 : !quantum.bit
    %700 = quantum.extract %651[ 12] : !quantum.reg -> !quantum.bit
    %701 = memref.load %alloca[] : memref<index>
    %702 = index.add %701, %idx1
    memref.store %702, %alloca[] : memref<index>
    %703 = memref.load %arg3[%701] : memref<?xf64>
    %out_qubits_198 = quantum.custom "RX"(%703) %700 : !quantum.bit
    %704 = quantum.extract %651[ 13] : !quantum.reg -> !quantum.bit
    %705 = memref.load %alloca[] : memref<index>
    %706 = index.add %705, %idx1
    memref.store %706, %alloca[] : memref<index>
    %707 = memref.load %arg3[%705] : memref<?xf64>
    %out_qubits_199 = quantum.custom "RX"(%707) %704 : !quantum.bit
    %708 = quantum.insert %651[ 0], %out_qubits_186 : !quantum.reg, !quantum.bit
    %709 = quantum.insert %708[ 1], %out_qubits_187 : !quantum.reg, !quantum.bit
    %710 = quantum.insert %709[ 2], %out_qubits_188 : !quantum.reg, !quantum.bit
    %711 = quantum.insert %710[ 3], %out_qubits_189 : !quantum.reg, !quantum.bit
    %712 = quantum.insert %711[ 4], %out_qubits_190 : !quantum.reg, !quantum.bit
    %713 = quantum.insert %712[ 5], %out_qubits_191 : !quantum.reg, !quantum.bit
    %714 = quantum.insert %713[ 6], %out_qubits_192 : !quantum.reg, !quantum.bit
    %715 = quantum.insert %714[ 7], %out_qubits_193 : !quantum.reg, !quantum.bit
    %716 = quantum.insert %715[ 8], %out_qubits_194 : !quantum.reg, !quantum.bit
    %717 = quantum.insert %716[ 9], %out_qubits_195 : !quantum.reg, !quantum.bit
    %718 = quantum.insert %717[ 10], %out_qubits_196 : !quantum.reg, !quantum.bit
    %719 = quantum.insert %718[ 11], %out_qubits_197 : !quantum.reg, !quantum.bit
    %720 = quantum.insert %719[ 12], %out_qubits_198 : !quantum.reg, !quantum.bit
    %721 = quantum.insert %720[ 13], %out_qubits_199 : !quantum.reg, !quantum.bit
    %722 = quantum.extract %721[%29] : !quantum.reg -> !quantum.bit
    %723 = quantum.namedobs %722[ PauliZ] : !quantum.obs
    %724 = quantum.insert %721[%29], %722 : !quantum.reg, !quantum.bit
    %725 = quantum.extract %724[%31] : !quantum.reg -> !quantum.bit
    %726 = quantum.namedobs %725[ PauliZ] : !quantum.obs
    %727 = quantum.tensor %723, %726 : !quantum.obs
    %728 = quantum.insert %724[%31], %725 : !quantum.reg, !quantum.bit
    %729 = quantum.extract %728[%38] : !quantum.reg -> !quantum.bit
    %730 = quantum.namedobs %729[ PauliZ] : !quantum.obs
    %731 = quantum.insert %728[%38], %729 : !quantum.reg, !quantum.bit
    %732 = quantum.extract %731[%40] : !quantum.reg -> !quantum.bit
    %733 = quantum.namedobs %732[ PauliZ] : !quantum.obs
    %734 = quantum.tensor %730, %733 : !quantum.obs
    %735 = quantum.insert %731[%40], %732 : !quantum.reg, !quantum.bit
    %736 = quantum.extract %735[%47] : !quantum.reg -> !quantum.bit
    %737 = quantum.namedobs %736[ PauliZ] : !quantum.obs
    %738 = quantum.insert %735[%47], %736 : !quantum.reg, !quantum.bit
    %739 = quantum.extract %738[%49] : !quantum.reg -> !quantum.bit
    %740 = quantum.namedobs %739[ PauliZ] : !quantum.obs
    %741 = quantum.tensor %737, %740 : !quantum.obs
    %742 = quantum.insert %738[%49], %739 : !quantum.reg, !quantum.bit
    %743 = quantum.extract %742[%56] : !quantum.reg -> !quantum.bit
    %744 = quantum.namedobs %743[ PauliZ] : !quantum.obs
    %745 = quantum.insert %742[%56], %743 : !quantum.reg, !quantum.bit
    %746 = quantum.extract %745[%58] : !quantum.reg -> !quantum.bit
    %747 = quantum.namedobs %746[ PauliZ] : !quantum.obs
    %748 = quantum.tensor %744, %747 : !quantum.obs
    %749 = quantum.insert %745[%58], %746 : !quantum.reg, !quantum.bit
    %750 = quantum.extract %749[%65] : !quantum.reg -> !quantum.bit
    %751 = quantum.namedobs %750[ PauliZ] : !quantum.obs
    %752 = quantum.insert %749[%65], %750 : !quantum.reg, !quantum.bit
    %753 = quantum.extract %752[%67] : !quantum.reg -> !quantum.bit
    %754 = quantum.namedobs %753[ PauliZ] : !quantum.obs
    %755 = quantum.tensor %751, %754 : !quantum.obs
    %756 = quantum.insert %752[%67], %753 : !quantum.reg, !quantum.bit
    %757 = quantum.extract %756[%74] : !quantum.reg -> !quantum.bit
    %758 = quantum.namedobs %757[ PauliZ] : !quantum.obs
    %759 = quantum.insert %756[%74], %757 : !quantum.reg, !quantum.bit
    %760 = quantum.extract %759[%76] : !quantum.reg -> !quantum.bit
    %761 = quantum.namedobs %760[ PauliZ] : !quantum.obs
    %762 = quantum.tensor %758, %761 : !quantum.obs
    %763 = quantum.insert %759[%76], %760 : !quantum.reg, !quantum.bit
    %764 = quantum.extract %763[%83] : !quantum.reg -> !quantum.bit
    %765 = quantum.namedobs %764[ PauliZ] : !quantum.obs
    %766 = quantum.insert %763[%83], %764 : !quantum.reg, !quantum.bit
    %767 = quantum.extract %766[%85] : !quantum.reg -> !quantum.bit
    %768 = quantum.namedobs %767[ PauliZ] : !quantum.obs
    %769 = quantum.tensor %765, %768 : !quantum.obs
    %770 = quantum.insert %766[%85], %767 : !quantum.reg, !quantum.bit
    %771 = quantum.extract %770[%92] : !quantum.reg -> !quantum.bit
    %772 = quantum.namedobs %771[ PauliZ] : !quantum.obs
    %773 = quantum.insert %770[%92], %771 : !quantum.reg, !quantum.bit
    %774 = quantum.extract %773[%94] : !quantum.reg -> !quantum.bit
    %775 = quantum.namedobs %774[ PauliZ] : !quantum.obs
    %776 = quantum.tensor %772, %775 : !quantum.obs
    %777 = quantum.insert %773[%94], %774 : !quantum.reg, !quantum.bit
    %778 = quantum.extract %777[%101] : !quantum.reg -> !quantum.bit
    %779 = quantum.namedobs %778[ PauliZ] : !quantum.obs
    %780 = quantum.insert %777[%101], %778 : !quantum.reg, !quantum.bit
    %781 = quantum.extract %780[%103] : !quantum.reg -> !quantum.bit
    %782 = quantum.namedobs %781[ PauliZ] : !quantum.obs
    %783 = quantum.tensor %779, %782 : !quantum.obs
    %784 = quantum.insert %780[%103], %781 : !quantum.reg, !quantum.bit
    %785 = quantum.extract %784[%110] : !quantum.reg -> !quantum.bit
    %786 = quantum.namedobs %785[ PauliZ] : !quantum.obs
    %787 = quantum.insert %784[%110], %785 : !quantum.reg, !quantum.bit
    %788 = quantum.extract %787[%112] : !quantum.reg -> !quantum.bit
    %789 = quantum.namedobs %788[ PauliZ] : !quantum.obs
    %790 = quantum.tensor %786, %789 : !quantum.obs
    %791 = quantum.insert %787[%112], %788 : !quantum.reg, !quantum.bit
    %792 = quantum.extract %791[%119] : !quantum.reg -> !quantum.bit
    %793 = quantum.namedobs %792[ PauliZ] : !quantum.obs
    %794 = quantum.insert %791[%119], %792 : !quantum.reg, !quantum.bit
    %795 = quantum.extract %794[%121] : !quantum.reg -> !quantum.bit
    %796 = quantum.namedobs %795[ PauliZ] : !quantum.obs
    %797 = quantum.tensor %793, %796 : !quantum.obs
    %798 = quantum.insert %794[%121], %795 : !quantum.reg, !quantum.bit
    %799 = quantum.extract %798[%128] : !quantum.reg -> !quantum.bit
    %800 = quantum.namedobs %799[ PauliZ] : !quantum.obs
    %801 = quantum.insert %798[%128], %799 : !quantum.reg, !quantum.bit
    %802 = quantum.extract %801[%130] : !quantum.reg -> !quantum.bit
    %803 = quantum.namedobs %802[ PauliZ] : !quantum.obs
    %804 = quantum.tensor %800, %803 : !quantum.obs
    %805 = quantum.insert %801[%130], %802 : !quantum.reg, !quantum.bit
    %806 = quantum.extract %805[%137] : !quantum.reg -> !quantum.bit
    %807 = quantum.namedobs %806[ PauliZ] : !quantum.obs
    %808 = quantum.insert %805[%137], %806 : !quantum.reg, !quantum.bit
    %809 = quantum.extract %808[%139] : !quantum.reg -> !quantum.bit
    %810 = quantum.namedobs %809[ PauliZ] : !quantum.obs
    %811 = quantum.tensor %807, %810 : !quantum.obs
    %812 = quantum.insert %808[%139], %809 : !quantum.reg, !quantum.bit
    %813 = quantum.extract %812[%146] : !quantum.reg -> !quantum.bit
    %814 = quantum.namedobs %813[ PauliZ] : !quantum.obs
    %815 = quantum.insert %812[%146], %813 : !quantum.reg, !quantum.bit
    %816 = quantum.extract %815[%148] : !quantum.reg -> !quantum.bit
    %817 = quantum.namedobs %816[ PauliZ] : !quantum.obs
    %818 = quantum.tensor %814, %817 : !quantum.obs
    %819 = quantum.insert %815[%148], %816 : !quantum.reg, !quantum.bit
    %820 = quantum.extract %819[%155] : !quantum.reg -> !quantum.bit
    %821 = quantum.namedobs %820[ PauliZ] : !quantum.obs
    %822 = quantum.insert %819[%155], %820 : !quantum.reg, !quantum.bit
    %823 = quantum.extract %822[%157] : !quantum.reg -> !quantum.bit
    %824 = quantum.namedobs %823[ PauliZ] : !quantum.obs
    %825 = quantum.tensor %821, %824 : !quantum.obs
    %826 = quantum.insert %822[%157], %823 : !quantum.reg, !quantum.bit
    %827 = quantum.extract %826[%164] : !quantum.reg -> !quantum.bit
    %828 = quantum.namedobs %827[ PauliZ] : !quantum.obs
    %829 = quantum.insert %826[%164], %827 : !quantum.reg, !quantum.bit
    %830 = quantum.extract %829[%166] : !quantum.reg -> !quantum.bit
    %831 = quantum.namedobs %830[ PauliZ] : !quantum.obs
    %832 = quantum.tensor %828, %831 : !quantum.obs
    %833 = quantum.insert %829[%166], %830 : !quantum.reg, !quantum.bit
    %834 = quantum.extract %833[%173] : !quantum.reg -> !quantum.bit
    %835 = quantum.namedobs %834[ PauliZ] : !quantum.obs
    %836 = quantum.insert %833[%173], %834 : !quantum.reg, !quantum.bit
    %837 = quantum.extract %836[%175] : !quantum.reg -> !quantum.bit
    %838 = quantum.namedobs %837[ PauliZ] : !quantum.obs
    %839 = quantum.tensor %835, %838 : !quantum.obs
    %840 = quantum.insert %836[%175], %837 : !quantum.reg, !quantum.bit
    %841 = quantum.extract %840[%182] : !quantum.reg -> !quantum.bit
    %842 = quantum.namedobs %841[ PauliZ] : !quantum.obs
    %843 = quantum.insert %840[%182], %841 : !quantum.reg, !quantum.bit
    %844 = quantum.extract %843[%184] : !quantum.reg -> !quantum.bit
    %845 = quantum.namedobs %844[ PauliZ] : !quantum.obs
    %846 = quantum.tensor %842, %845 : !quantum.obs
    %847 = quantum.insert %843[%184], %844 : !quantum.reg, !quantum.bit
    %848 = quantum.extract %847[%191] : !quantum.reg -> !quantum.bit
    %849 = quantum.namedobs %848[ PauliZ] : !quantum.obs
    %850 = quantum.insert %847[%191], %848 : !quantum.reg, !quantum.bit
    %851 = quantum.extract %850[%193] : !quantum.reg -> !quantum.bit
    %852 = quantum.namedobs %851[ PauliZ] : !quantum.obs
    %853 = quantum.tensor %849, %852 : !quantum.obs
    %854 = quantum.insert %850[%193], %851 : !quantum.reg, !quantum.bit
    %855 = quantum.extract %854[%200] : !quantum.reg -> !quantum.bit
    %856 = quantum.namedobs %855[ PauliZ] : !quantum.obs
    %857 = quantum.insert %854[%200], %855 : !quantum.reg, !quantum.bit
    %858 = quantum.extract %857[%202] : !quantum.reg -> !quantum.bit
    %859 = quantum.namedobs %858[ PauliZ] : !quantum.obs
    %860 = quantum.tensor %856, %859 : !quantum.obs
    %861 = quantum.insert %857[%202], %858 : !quantum.reg, !quantum.bit
    %862 = quantum.extract %861[%209] : !quantum.reg -> !quantum.bit
    %863 = quantum.namedobs %862[ PauliZ] : !quantum.obs
    %864 = quantum.insert %861[%209], %862 : !quantum.reg, !quantum.bit
    %865 = quantum.extract %864[%211] : !quantum.reg -> !quantum.bit
    %866 = quantum.namedobs %865[ PauliZ] : !quantum.obs
    %867 = quantum.tensor %863, %866 : !quantum.obs
    %868 = quantum.hamiltonian(%arg1 : memref<21xf64>) %727, %734, %741, %748, %755, %762, %769, %776, %783, %790, %797, %804, %811, %818, %825, %832, %839, %846, %853, %860, %867 : !quantum.obs
    %869 = quantum.expval %868 : f64
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<f64>
    memref.store %869, %alloc[] : memref<f64>
    %870 = quantum.insert %864[%211], %865 : !quantum.reg, !quantum.bit
    quantum.dealloc %870 : !quantum.reg
    quantum.device_release
    return %alloc : memref<f64>
  }
  func.func private @energy_0.preprocess(%arg0: memref<2x3xf64>, %arg1: memref<21xf64>, %arg2: memref<21x2xi64>, %arg3: index) -> memref<f64> {
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
    %subview_2 = memref.subview %arg1[20] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 20>>
    %collapse_shape_3 = memref.collapse_shape %subview_2 [] : memref<1xf64, strided<[1], offset: 20>> into memref<f64, strided<[], offset: 20>>
    %4 = memref.load %collapse_shape_3[] : memref<f64, strided<[], offset: 20>>
    %5 = arith.mulf %3, %4 : f64
    %subview_4 = memref.subview %arg1[19] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 19>>
    %collapse_shape_5 = memref.collapse_shape %subview_4 [] : memref<1xf64, strided<[1], offset: 19>> into memref<f64, strided<[], offset: 19>>
    %6 = memref.load %collapse_shape_5[] : memref<f64, strided<[], offset: 19>>
    %7 = arith.mulf %3, %6 : f64
    %subview_6 = memref.subview %arg1[18] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 18>>
    %collapse_shape_7 = memref.collapse_shape %subview_6 [] : memref<1xf64, strided<[1], offset: 18>> into memref<f64, strided<[], offset: 18>>
    %8 = memref.load %collapse_shape_7[] : memref<f64, strided<[], offset: 18>>
    %9 = arith.mulf %3, %8 : f64
    %subview_8 = memref.subview %arg1[17] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 17>>
    %collapse_shape_9 = memref.collapse_shape %subview_8 [] : memref<1xf64, strided<[1], offset: 17>> into memref<f64, strided<[], offset: 17>>
    %10 = memref.load %collapse_shape_9[] : memref<f64, strided<[], offset: 17>>
    %11 = arith.mulf %3, %10 : f64
    %subview_10 = memref.subview %arg1[16] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 16>>
    %collapse_shape_11 = memref.collapse_shape %subview_10 [] : memref<1xf64, strided<[1], offset: 16>> into memref<f64, strided<[], offset: 16>>
    %12 = memref.load %collapse_shape_11[] : memref<f64, strided<[], offset: 16>>
    %13 = arith.mulf %3, %12 : f64
    %subview_12 = memref.subview %arg1[15] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 15>>
    %collapse_shape_13 = memref.collapse_shape %subview_12 [] : memref<1xf64, strided<[1], offset: 15>> into memref<f64, strided<[], offset: 15>>
    %14 = memref.load %collapse_shape_13[] : memref<f64, strided<[], offset: 15>>
    %15 = arith.mulf %3, %14 : f64
    %subview_14 = memref.subview %arg1[14] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 14>>
    %collapse_shape_15 = memref.collapse_shape %subview_14 [] : memref<1xf64, strided<[1], offset: 14>> into memref<f64, strided<[], offset: 14>>
    %16 = memref.load %collapse_shape_15[] : memref<f64, strided<[], offset: 14>>
    %17 = arith.mulf %3, %16 : f64
    %subview_16 = memref.subview %arg1[13] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 13>>
    %collapse_shape_17 = memref.collapse_shape %subview_16 [] : memref<1xf64, strided<[1], offset: 13>> into memref<f64, strided<[], offset: 13>>
    %18 = memref.load %collapse_shape_17[] : memref<f64, strided<[], offset: 13>>
    %19 = arith.mulf %3, %18 : f64
    %subview_18 = memref.subview %arg1[12] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 12>>
    %collapse_shape_19 = memref.collapse_shape %subview_18 [] : memref<1xf64, strided<[1], offset: 12>> into memref<f64, strided<[], offset: 12>>
    %20 = memref.load %collapse_shape_19[] : memref<f64, strided<[], offset: 12>>
    %21 = arith.mulf %3, %20 : f64
    %subview_20 = memref.subview %arg1[11] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 11>>
    %collapse_shape_21 = memref.collapse_shape %subview_20 [] : memref<1xf64, strided<[1], offset: 11>> into memref<f64, strided<[], offset: 11>>
    %22 = memref.load %collapse_shape_21[] : memref<f64, strided<[], offset: 11>>
    %23 = arith.mulf %3, %22 : f64
    %subview_22 = memref.subview %arg1[10] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 10>>
    %collapse_shape_23 = memref.collapse_shape %subview_22 [] : memref<1xf64, strided<[1], offset: 10>> into memref<f64, strided<[], offset: 10>>
    %24 = memref.load %collapse_shape_23[] : memref<f64, strided<[], offset: 10>>
    %25 = arith.mulf %3, %24 : f64
    %subview_24 = memref.subview %arg1[9] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 9>>
    %collapse_shape_25 = memref.collapse_shape %subview_24 [] : memref<1xf64, strided<[1], offset: 9>> into memref<f64, strided<[], offset: 9>>
    %26 = memref.load %collapse_shape_25[] : memref<f64, strided<[], offset: 9>>
    %27 = arith.mulf %3, %26 : f64
    %subview_26 = memref.subview %arg1[8] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 8>>
    %collapse_shape_27 = memref.collapse_shape %subview_26 [] : memref<1xf64, strided<[1], offset: 8>> into memref<f64, strided<[], offset: 8>>
    %28 = memref.load %collapse_shape_27[] : memref<f64, strided<[], offset: 8>>
    %29 = arith.mulf %3, %28 : f64
    %subview_28 = memref.subview %arg1[7] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 7>>
    %collapse_shape_29 = memref.collapse_shape %subview_28 [] : memref<1xf64, strided<[1], offset: 7>> into memref<f64, strided<[], offset: 7>>
    %30 = memref.load %collapse_shape_29[] : memref<f64, strided<[], offset: 7>>
    %31 = arith.mulf %3, %30 : f64
    %subview_30 = memref.subview %arg1[6] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 6>>
    %collapse_shape_31 = memref.collapse_shape %subview_30 [] : memref<1xf64, strided<[1], offset: 6>> into memref<f64, strided<[], offset: 6>>
    %32 = memref.load %collapse_shape_31[] : memref<f64, strided<[], offset: 6>>
    %33 = arith.mulf %3, %32 : f64
    %subview_32 = memref.subview %arg1[5] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 5>>
    %collapse_shape_33 = memref.collapse_shape %subview_32 [] : memref<1xf64, strided<[1], offset: 5>> into memref<f64, strided<[], offset: 5>>
    %34 = memref.load %collapse_shape_33[] : memref<f64, strided<[], offset: 5>>
    %35 = arith.mulf %3, %34 : f64
    %subview_34 = memref.subview %arg1[4] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 4>>
    %collapse_shape_35 = memref.collapse_shape %subview_34 [] : memref<1xf64, strided<[1], offset: 4>> into memref<f64, strided<[], offset: 4>>
    %36 = memref.load %collapse_shape_35[] : memref<f64, strided<[], offset: 4>>
    %37 = arith.mulf %3, %36 : f64
    %subview_36 = memref.subview %arg1[3] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 3>>
    %collapse_shape_37 = memref.collapse_shape %subview_36 [] : memref<1xf64, strided<[1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %38 = memref.load %collapse_shape_37[] : memref<f64, strided<[], offset: 3>>
    %39 = arith.mulf %3, %38 : f64
    %subview_38 = memref.subview %arg1[2] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 2>>
    %collapse_shape_39 = memref.collapse_shape %subview_38 [] : memref<1xf64, strided<[1], offset: 2>> into memref<f64, strided<[], offset: 2>>
    %40 = memref.load %collapse_shape_39[] : memref<f64, strided<[], offset: 2>>
    %41 = arith.mulf %3, %40 : f64
    %subview_40 = memref.subview %arg1[1] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1], offset: 1>>
    %collapse_shape_41 = memref.collapse_shape %subview_40 [] : memref<1xf64, strided<[1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %42 = memref.load %collapse_shape_41[] : memref<f64, strided<[], offset: 1>>
    %43 = arith.mulf %3, %42 : f64
    %subview_42 = memref.subview %arg1[0] [1] [1] : memref<21xf64> to memref<1xf64, strided<[1]>>
    %collapse_shape_43 = memref.collapse_shape %subview_42 [] : memref<1xf64, strided<[1]>> into memref<f64>
    %44 = memref.load %collapse_shape_43[] : memref<f64>
    %45 = arith.mulf %3, %44 : f64
    %subview_44 = memref.subview %arg0[1, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 4>>
    %collapse_shape_45 = memref.collapse_shape %subview_44 [] : memref<1x1xf64, strided<[3, 1], offset: 4>> into memref<f64, strided<[], offset: 4>>
    %46 = memref.load %collapse_shape_45[] : memref<f64, strided<[], offset: 4>>
    %47 = arith.mulf %46, %cst : f64
    %subview_46 = memref.subview %arg0[0, 1] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 1>>
    %collapse_shape_47 = memref.collapse_shape %subview_46 [] : memref<1x1xf64, strided<[3, 1], offset: 1>> into memref<f64, strided<[], offset: 1>>
    %48 = memref.load %collapse_shape_47[] : memref<f64, strided<[], offset: 1>>
    %49 = arith.mulf %48, %cst : f64
    %50 = arith.mulf %49, %4 : f64
    %51 = arith.mulf %49, %6 : f64
    %52 = arith.mulf %49, %8 : f64
    %53 = arith.mulf %49, %10 : f64
    %54 = arith.mulf %49, %12 : f64
    %55 = arith.mulf %49, %14 : f64
    %56 = arith.mulf %49, %16 : f64
    %57 = arith.mulf %49, %18 : f64
    %58 = arith.mulf %49, %20 : f64
    %59 = arith.mulf %49, %22 : f64
    %60 = arith.mulf %49, %24 : f64
    %61 = arith.mulf %49, %26 : f64
    %62 = arith.mulf %49, %28 : f64
    %63 = arith.mulf %49, %30 : f64
    %64 = arith.mulf %49, %32 : f64
    %65 = arith.mulf %49, %34 : f64
    %66 = arith.mulf %49, %36 : f64
    %67 = arith.mulf %49, %38 : f64
    %68 = arith.mulf %49, %40 : f64
    %69 = arith.mulf %49, %42 : f64
    %70 = arith.mulf %49, %44 : f64
    %subview_48 = memref.subview %arg0[1, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1], offset: 3>>
    %collapse_shape_49 = memref.collapse_shape %subview_48 [] : memref<1x1xf64, strided<[3, 1], offset: 3>> into memref<f64, strided<[], offset: 3>>
    %71 = memref.load %collapse_shape_49[] : memref<f64, strided<[], offset: 3>>
    %72 = arith.mulf %71, %cst : f64
    %subview_50 = memref.subview %arg0[0, 0] [1, 1] [1, 1] : memref<2x3xf64> to memref<1x1xf64, strided<[3, 1]>>
    %collapse_shape_51 = memref.collapse_shape %subview_50 [] : memref<1x1xf64, strided<[3, 1]>> into memref<f64, strided<[]>>
    %73 = memref.load %collapse_shape_51[] : memref<f64, strided<[]>>
    %74 = arith.mulf %73, %cst : f64
    %75 = arith.mulf %74, %4 : f64
    %76 = arith.mulf %74, %6 : f64
    %77 = arith.mulf %74, %8 : f64
    %78 = arith.mulf %74, %10 : f64
    %79 = arith.mulf %74, %12 : f64
    %80 = arith.mulf %74, %14 : f64
    %81 = arith.mulf %74, %16 : f64
    %82 = arith.mulf %74, %18 : f64
    %83 = arith.mulf %74, %20 : f64
    %84 = arith.mulf %74, %22 : f64
    %85 = arith.mulf %74, %24 : f64
    %86 = arith.mulf %74, %26 : f64
    %87 = arith.mulf %74, %28 : f64
    %88 = arith.mulf %74, %30 : f64
    %89 = arith.mulf %74, %32 : f64
    %90 = arith.mulf %74, %34 : f64
    %91 = arith.mulf %74, %36 : f64
    %92 = arith.mulf %74, %38 : f64
    %93 = arith.mulf %74, %40 : f64
    %94 = arith.mulf %74, %42 : f64
    %95 = arith.mulf %74, %44 : f64
    %96 = memref.load %alloca[] : memref<index>
    memref.store %95, %alloc[%96] : memref<?xf64>
    %97 = index.add %96, %idx1
    memref.store %97, %alloca[] : memref<index>
    %98 = memref.load %alloca[] : memref<index>
    memref.store %94, %alloc[%98] : memref<?xf64>
    %99 = index.add %98, %idx1
    memref.store %99, %alloca[] : memref<index>
    %100 = memref.load %alloca[] : memref<index>
    memref.store %93, %alloc[%100] : memref<?xf64>
    %101 = index.add %100, %idx1
    memref.store %101, %alloca[] : memref<index>
    %102 = memref.load %alloca[] : memref<index>
    memref.store %92, %alloc[%102] : memref<?xf64>
    %103 = index.add %102, %idx1
    memref.store %103, %alloca[] : memref<index>
    %104 = memref.load %alloca[] : memref<index>
    memref.store %91, %alloc[%104] : memref<?xf64>
    %105 = index.add %104, %idx1
    memref.store %105, %alloca[] : memref<index>
    %106 = memref.load %alloca[] : memref<index>
    memref.store %90, %alloc[%106] : memref<?xf64>
    %107 = index.add %106, %idx1
    memref.store %107, %alloca[] : memref<index>
    %108 = memref.load %alloca[] : memref<index>
    memref.store %89, %alloc[%108] : memref<?xf64>
    %109 = index.add %108, %idx1
    memref.store %109, %alloca[] : memref<index>
    %110 = memref.load %alloca[] : memref<index>
    memref.store %88, %alloc[%110] : memref<?xf64>
    %111 = index.add %110, %idx1
    memref.store %111, %alloca[] : memref<index>
    %112 = memref.load %alloca[] : memref<index>
    memref.store %87, %alloc[%112] : memref<?xf64>
    %113 = index.add %112, %idx1
    memref.store %113, %alloca[] : memref<index>
    %114 = memref.load %alloca[] : memref<index>
    memref.store %86, %alloc[%114] : memref<?xf64>
    %115 = index.add %114, %idx1
    memref.store %115, %alloca[] : memref<index>
    %116 = memref.load %alloca[] : memref<index>
    memref.store %85, %alloc[%116] : memref<?xf64>
    %117 = index.add %116, %idx1
    memref.store %117, %alloca[] : memref<index>
    %118 = memref.load %alloca[] : memref<index>
    memref.store %84, %alloc[%118] : memref<?xf64>
    %119 = index.add %118, %idx1
    memref.store %119, %alloca[] : memref<index>
    %120 = memref.load %alloca[] : memref<index>
    memref.store %83, %alloc[%120] : memref<?xf64>
    %121 = index.add %120, %idx1
    memref.store %121, %alloca[] : memref<index>
    %122 = memref.load %alloca[] : memref<index>
    memref.store %82, %alloc[%122] : memref<?xf64>
    %123 = index.add %122, %idx1
    memref.store %123, %alloca[] : memref<index>
    %124 = memref.load %alloca[] : memref<index>
    memref.store %81, %alloc[%124] : memref<?xf64>
    %125 = index.add %124, %idx1
    memref.store %125, %alloca[] : memref<index>
    %126 = memref.load %alloca[] : memref<index>
    memref.store %80, %alloc[%126] : memref<?xf64>
    %127 = index.add %126, %idx1
    memref.store %127, %alloca[] : memref<index>
    %128 = memref.load %alloca[] : memref<index>
    memref.store %79, %alloc[%128] : memref<?xf64>
    %129 = index.add %128, %idx1
    memref.store %129, %alloca[] : memref<index>
    %130 = memref.load %alloca[] : memref<index>
    memref.store %78, %alloc[%130] : memref<?xf64>
    %131 = index.add %130, %idx1
    memref.store %131, %alloca[] : memref<index>
    %132 = memref.load %alloca[] : memref<index>
    memref.store %77, %alloc[%132] : memref<?xf64>
    %133 = index.add %132, %idx1
    memref.store %133, %alloca[] : memref<index>
    %134 = memref.load %alloca[] : memref<index>
    memref.store %76, %alloc[%134] : memref<?xf64>
    %135 = index.add %134, %idx1
    memref.store %135, %alloca[] : memref<index>
    %136 = memref.load %alloca[] : memref<index>
    memref.store %75, %alloc[%136] : memref<?xf64>
    %137 = index.add %136, %idx1
    memref.store %137, %alloca[] : memref<index>
    %138 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%138] : memref<?xf64>
    %139 = index.add %138, %idx1
    memref.store %139, %alloca[] : memref<index>
    %140 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%140] : memref<?xf64>
    %141 = index.add %140, %idx1
    memref.store %141, %alloca[] : memref<index>
    %142 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%142] : memref<?xf64>
    %143 = index.add %142, %idx1
    memref.store %143, %alloca[] : memref<index>
    %144 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%144] : memref<?xf64>
    %145 = index.add %144, %idx1
    memref.store %145, %alloca[] : memref<index>
    %146 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%146] : memref<?xf64>
    %147 = index.add %146, %idx1
    memref.store %147, %alloca[] : memref<index>
    %148 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%148] : memref<?xf64>
    %149 = index.add %148, %idx1
    memref.store %149, %alloca[] : memref<index>
    %150 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%150] : memref<?xf64>
    %151 = index.add %150, %idx1
    memref.store %151, %alloca[] : memref<index>
    %152 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%152] : memref<?xf64>
    %153 = index.add %152, %idx1
    memref.store %153, %alloca[] : memref<index>
    %154 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%154] : memref<?xf64>
    %155 = index.add %154, %idx1
    memref.store %155, %alloca[] : memref<index>
    %156 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%156] : memref<?xf64>
    %157 = index.add %156, %idx1
    memref.store %157, %alloca[] : memref<index>
    %158 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%158] : memref<?xf64>
    %159 = index.add %158, %idx1
    memref.store %159, %alloca[] : memref<index>
    %160 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%160] : memref<?xf64>
    %161 = index.add %160, %idx1
    memref.store %161, %alloca[] : memref<index>
    %162 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%162] : memref<?xf64>
    %163 = index.add %162, %idx1
    memref.store %163, %alloca[] : memref<index>
    %164 = memref.load %alloca[] : memref<index>
    memref.store %72, %alloc[%164] : memref<?xf64>
    %165 = index.add %164, %idx1
    memref.store %165, %alloca[] : memref<index>
    %166 = memref.load %alloca[] : memref<index>
    memref.store %70, %alloc[%166] : memref<?xf64>
    %167 = index.add %166, %idx1
    memref.store %167, %alloca[] : memref<index>
    %168 = memref.load %alloca[] : memref<index>
    memref.store %69, %alloc[%168] : memref<?xf64>
    %169 = index.add %168, %idx1
    memref.store %169, %alloca[] : memref<index>
    %170 = memref.load %alloca[] : memref<index>
    memref.store %68, %alloc[%170] : memref<?xf64>
    %171 = index.add %170, %idx1
    memref.store %171, %alloca[] : memref<index>
    %172 = memref.load %alloca[] : memref<index>
    memref.store %67, %alloc[%172] : memref<?xf64>
    %173 = index.add %172, %idx1
    memref.store %173, %alloca[] : memref<index>
    %174 = memref.load %alloca[] : memref<index>
    memref.store %66, %alloc[%174] : memref<?xf64>
    %175 = index.add %174, %idx1
    memref.store %175, %alloca[] : memref<index>
    %176 = memref.load %alloca[] : memref<index>
    memref.store %65, %alloc[%176] : memref<?xf64>
    %177 = index.add %176, %idx1
    memref.store %177, %alloca[] : memref<index>
    %178 = memref.load %alloca[] : memref<index>
    memref.store %64, %alloc[%178] : memref<?xf64>
    %179 = index.add %178, %idx1
    memref.store %179, %alloca[] : memref<index>
    %180 = memref.load %alloca[] : memref<index>
    memref.store %63, %alloc[%180] : memref<?xf64>
    %181 = index.add %180, %idx1
    memref.store %181, %alloca[] : memref<index>
    %182 = memref.load %alloca[] : memref<index>
    memref.store %62, %alloc[%182] : memref<?xf64>
    %183 = index.add %182, %idx1
    memref.store %183, %alloca[] : memref<index>
    %184 = memref.load %alloca[] : memref<index>
    memref.store %61, %alloc[%184] : memref<?xf64>
    %185 = index.add %184, %idx1
    memref.store %185, %alloca[] : memref<index>
    %186 = memref.load %alloca[] : memref<index>
    memref.store %60, %alloc[%186] : memref<?xf64>
    %187 = index.add %186, %idx1
    memref.store %187, %alloca[] : memref<index>
    %188 = memref.load %alloca[] : memref<index>
    memref.store %59, %alloc[%188] : memref<?xf64>
    %189 = index.add %188, %idx1
    memref.store %189, %alloca[] : memref<index>
    %190 = memref.load %alloca[] : memref<index>
    memref.store %58, %alloc[%190] : memref<?xf64>
    %191 = index.add %190, %idx1
    memref.store %191, %alloca[] : memref<index>
    %192 = memref.load %alloca[] : memref<index>
    memref.store %57, %alloc[%192] : memref<?xf64>
    %193 = index.add %192, %idx1
    memref.store %193, %alloca[] : memref<index>
    %194 = memref.load %alloca[] : memref<index>
    memref.store %56, %alloc[%194] : memref<?xf64>
    %195 = index.add %194, %idx1
    memref.store %195, %alloca[] : memref<index>
    %196 = memref.load %alloca[] : memref<index>
    memref.store %55, %alloc[%196] : memref<?xf64>
    %197 = index.add %196, %idx1
    memref.store %197, %alloca[] : memref<index>
    %198 = memref.load %alloca[] : memref<index>
    memref.store %54, %alloc[%198] : memref<?xf64>
    %199 = index.add %198, %idx1
    memref.store %199, %alloca[] : memref<index>
    %200 = memref.load %alloca[] : memref<index>
    memref.store %53, %alloc[%200] : memref<?xf64>
    %201 = index.add %200, %idx1
    memref.store %201, %alloca[] : memref<index>
    %202 = memref.load %alloca[] : memref<index>
    memref.store %52, %alloc[%202] : memref<?xf64>
    %203 = index.add %202, %idx1
    memref.store %203, %alloca[] : memref<index>
    %204 = memref.load %alloca[] : memref<index>
    memref.store %51, %alloc[%204] : memref<?xf64>
    %205 = index.add %204, %idx1
    memref.store %205, %alloca[] : memref<index>
    %206 = memref.load %alloca[] : memref<index>
    memref.store %50, %alloc[%206] : memref<?xf64>
    %207 = index.add %206, %idx1
    memref.store %207, %alloca[] : memref<index>
    %208 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%208] : memref<?xf64>
    %209 = index.add %208, %idx1
    memref.store %209, %alloca[] : memref<index>
    %210 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%210] : memref<?xf64>
    %211 = index.add %210, %idx1
    memref.store %211, %alloca[] : memref<index>
    %212 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%212] : memref<?xf64>
    %213 = index.add %212, %idx1
    memref.store %213, %alloca[] : memref<index>
    %214 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%214] : memref<?xf64>
    %215 = index.add %214, %idx1
    memref.store %215, %alloca[] : memref<index>
    %216 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%216] : memref<?xf64>
    %217 = index.add %216, %idx1
    memref.store %217, %alloca[] : memref<index>
    %218 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%218] : memref<?xf64>
    %219 = index.add %218, %idx1
    memref.store %219, %alloca[] : memref<index>
    %220 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%220] : memref<?xf64>
    %221 = index.add %220, %idx1
    memref.store %221, %alloca[] : memref<index>
    %222 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%222] : memref<?xf64>
    %223 = index.add %222, %idx1
    memref.store %223, %alloca[] : memref<index>
    %224 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%224] : memref<?xf64>
    %225 = index.add %224, %idx1
    memref.store %225, %alloca[] : memref<index>
    %226 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%226] : memref<?xf64>
    %227 = index.add %226, %idx1
    memref.store %227, %alloca[] : memref<index>
    %228 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%228] : memref<?xf64>
    %229 = index.add %228, %idx1
    memref.store %229, %alloca[] : memref<index>
    %230 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%230] : memref<?xf64>
    %231 = index.add %230, %idx1
    memref.store %231, %alloca[] : memref<index>
    %232 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%232] : memref<?xf64>
    %233 = index.add %232, %idx1
    memref.store %233, %alloca[] : memref<index>
    %234 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%234] : memref<?xf64>
    %235 = index.add %234, %idx1
    memref.store %235, %alloca[] : memref<index>
    %236 = memref.load %alloca[] : memref<index>
    memref.store %45, %alloc[%236] : memref<?xf64>
    %237 = index.add %236, %idx1
    memref.store %237, %alloca[] : memref<index>
    %238 = memref.load %alloca[] : memref<index>
    memref.store %43, %alloc[%238] : memref<?xf64>
    %239 = index.add %238, %idx1
    memref.store %239, %alloca[] : memref<index>
    %240 = memref.load %alloca[] : memref<index>
    memref.store %41, %alloc[%240] : memref<?xf64>
    %241 = index.add %240, %idx1
    memref.store %241, %alloca[] : memref<index>
    %242 = memref.load %alloca[] : memref<index>
    memref.store %39, %alloc[%242] : memref<?xf64>
    %243 = index.add %242, %idx1
    memref.store %243, %alloca[] : memref<index>
    %244 = memref.load %alloca[] : memref<index>
    memref.store %37, %alloc[%244] : memref<?xf64>
    %245 = index.add %244, %idx1
    memref.store %245, %alloca[] : memref<index>
    %246 = memref.load %alloca[] : memref<index>
    memref.store %35, %alloc[%246] : memref<?xf64>
    %247 = index.add %246, %idx1
    memref.store %247, %alloca[] : memref<index>
    %248 = memref.load %alloca[] : memref<index>
    memref.store %33, %alloc[%248] : memref<?xf64>
    %249 = index.add %248, %idx1
    memref.store %249, %alloca[] : memref<index>
    %250 = memref.load %alloca[] : memref<index>
    memref.store %31, %alloc[%250] : memref<?xf64>
    %251 = index.add %250, %idx1
    memref.store %251, %alloca[] : memref<index>
    %252 = memref.load %alloca[] : memref<index>
    memref.store %29, %alloc[%252] : memref<?xf64>
    %253 = index.add %252, %idx1
    memref.store %253, %alloca[] : memref<index>
    %254 = memref.load %alloca[] : memref<index>
    memref.store %27, %alloc[%254] : memref<?xf64>
    %255 = index.add %254, %idx1
    memref.store %255, %alloca[] : memref<index>
    %256 = memref.load %alloca[] : memref<index>
    memref.store %25, %alloc[%256] : memref<?xf64>
    %257 = index.add %256, %idx1
    memref.store %257, %alloca[] : memref<index>
    %258 = memref.load %alloca[] : memref<index>
    memref.store %23, %alloc[%258] : memref<?xf64>
    %259 = index.add %258, %idx1
    memref.store %259, %alloca[] : memref<index>
    %260 = memref.load %alloca[] : memref<index>
    memref.store %21, %alloc[%260] : memref<?xf64>
    %261 = index.add %260, %idx1
    memref.store %261, %alloca[] : memref<index>
    %262 = memref.load %alloca[] : memref<index>
    memref.store %19, %alloc[%262] : memref<?xf64>
    %263 = index.add %262, %idx1
    memref.store %263, %alloca[] : memref<index>
    %264 = memref.load %alloca[] : memref<index>
    memref.store %17, %alloc[%264] : memref<?xf64>
    %265 = index.add %264, %idx1
    memref.store %265, %alloca[] : memref<index>
    %266 = memref.load %alloca[] : memref<index>
    memref.store %15, %alloc[%266] : memref<?xf64>
    %267 = index.add %266, %idx1
    memref.store %267, %alloca[] : memref<index>
    %268 = memref.load %alloca[] : memref<index>
    memref.store %13, %alloc[%268] : memref<?xf64>
    %269 = index.add %268, %idx1
    memref.store %269, %alloca[] : memref<index>
    %270 = memref.load %alloca[] : memref<index>
    memref.store %11, %alloc[%270] : memref<?xf64>
    %271 = index.add %270, %idx1
    memref.store %271, %alloca[] : memref<index>
    %272 = memref.load %alloca[] : memref<index>
    memref.store %9, %alloc[%272] : memref<?xf64>
    %273 = index.add %272, %idx1
    memref.store %273, %alloca[] : memref<index>
    %274 = memref.load %alloca[] : memref<index>
    memref.store %7, %alloc[%274] : memref<?xf64>
    %275 = index.add %274, %idx1
    memref.store %275, %alloca[] : memref<index>
    %276 = memref.load %alloca[] : memref<index>
    memref.store %5, %alloc[%276] : memref<?xf64>
    %277 = index.add %276, %idx1
    memref.store %277, %alloca[] : memref<index>
    %278 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%278] : memref<?xf64>
    %279 = index.add %278, %idx1
    memref.store %279, %alloca[] : memref<index>
    %280 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%280] : memref<?xf64>
    %281 = index.add %280, %idx1
    memref.store %281, %alloca[] : memref<index>
    %282 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%282] : memref<?xf64>
    %283 = index.add %282, %idx1
    memref.store %283, %alloca[] : memref<index>
    %284 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%284] : memref<?xf64>
    %285 = index.add %284, %idx1
    memref.store %285, %alloca[] : memref<index>
    %286 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%286] : memref<?xf64>
    %287 = index.add %286, %idx1
    memref.store %287, %alloca[] : memref<index>
    %288 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%288] : memref<?xf64>
    %289 = index.add %288, %idx1
    memref.store %289, %alloca[] : memref<index>
    %290 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%290] : memref<?xf64>
    %291 = index.add %290, %idx1
    memref.store %291, %alloca[] : memref<index>
    %292 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%292] : memref<?xf64>
    %293 = index.add %292, %idx1
    memref.store %293, %alloca[] : memref<index>
    %294 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%294] : memref<?xf64>
    %295 = index.add %294, %idx1
    memref.store %295, %alloca[] : memref<index>
    %296 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%296] : memref<?xf64>
    %297 = index.add %296, %idx1
    memref.store %297, %alloca[] : memref<index>
    %298 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%298] : memref<?xf64>
    %299 = index.add %298, %idx1
    memref.store %299, %alloca[] : memref<index>
    %300 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%300] : memref<?xf64>
    %301 = index.add %300, %idx1
    memref.store %301, %alloca[] : memref<index>
    %302 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%302] : memref<?xf64>
    %303 = index.add %302, %idx1
    memref.store %303, %alloca[] : memref<index>
    %304 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%304] : memref<?xf64>
    %305 = index.add %304, %idx1
    memref.store %305, %alloca[] : memref<index>
    %306 = call @energy_0.quantum(%arg0, %arg1, %arg2, %alloc) : (memref<2x3xf64>, memref<21xf64>, memref<21x2xi64>, memref<?xf64>) -> memref<f64>
    return %306 : memref<f64>
  }
  func.func private @energy_0.fullgrad0(%arg0: memref<2x3xf64>, %arg1: memref<21xf64>, %arg2: memref<21x2xi64>, %arg3: index) -> (memref<f64>, memref<2x3xf64>) {
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 1.000000e+00 : f64
    %alloc = memref.alloc() {alignment = 64 : i64} : memref<f64>
    linalg.fill ins(%cst : f64) outs(%alloc : memref<f64>)
    memref.store %cst_0, %alloc[] : memref<f64>
    %alloc_1 = memref.alloc() : memref<2x3xf64>
    %alloc_2 = memref.alloc() : memref<f64>
    gradient.backprop @energy_0.preprocess(%arg0, %arg1, %arg2, %arg3) grad_out(%alloc_1 : memref<2x3xf64>) callee_out(%alloc_2 : memref<f64>) cotangents(%alloc : memref<f64>) {diffArgIndices = dense<0> : tensor<1xi64>, keepValueResults = true, resultSegmentSizes = array<i32: 0, 0>} : (memref<2x3xf64>, memref<21xf64>, memref<21x2xi64>, index) -> ()
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