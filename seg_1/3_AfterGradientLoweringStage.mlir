module @seg {
  func.func public @jit_seg(%arg0: tensor<2x3xf64>, %arg1: tensor<21xf64>, %arg2: tensor<21x2xi64>, %arg3: tensor<i64>) -> tensor<2x3xf64> attributes {llvm.emit_c_interface} {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant dense<5.000000e-02> : tensor<f64>
    %c1_i64 = arith.constant 1 : i64
    %extracted = tensor.extract %arg3[] : tensor<i64>
    %0:2 = scf.while (%arg4 = %c0_i64, %arg5 = %arg0) : (i64, tensor<2x3xf64>) -> (i64, tensor<2x3xf64>) {
      %1 = arith.cmpi slt, %arg4, %extracted : i64
      scf.condition(%1) %arg4, %arg5 : i64, tensor<2x3xf64>
    } do {
    ^bb0(%arg4: i64, %arg5: tensor<2x3xf64>):
      %1 = func.call @energy_0.pcount(%arg5, %arg1, %arg2) : (tensor<2x3xf64>, tensor<21xf64>, tensor<21x2xi64>) -> index
      %2:2 = func.call @energy_0.fullgrad0(%arg5, %arg1, %arg2, %1) : (tensor<2x3xf64>, tensor<21xf64>, tensor<21x2xi64>, index) -> (tensor<f64>, tensor<2x3xf64>)
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
  func.func public @energy_0(%arg0: tensor<2x3xf64>, %arg1: tensor<21xf64>, %arg2: tensor<21x2xi64>) -> tensor<f64> attributes {diff_method = "adjoint", llvm.linkage = #llvm.linkage<internal>, qnode} {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 2.000000e+00 : f64
    %extracted_slice = tensor.extract_slice %arg2[0, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed = tensor.collapse_shape %extracted_slice [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_0 = tensor.extract_slice %arg2[0, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_1 = tensor.collapse_shape %extracted_slice_0 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_2 = tensor.extract_slice %arg2[1, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_3 = tensor.collapse_shape %extracted_slice_2 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_4 = tensor.extract_slice %arg2[1, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_5 = tensor.collapse_shape %extracted_slice_4 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_6 = tensor.extract_slice %arg2[2, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_7 = tensor.collapse_shape %extracted_slice_6 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_8 = tensor.extract_slice %arg2[2, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_9 = tensor.collapse_shape %extracted_slice_8 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_10 = tensor.extract_slice %arg2[3, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_11 = tensor.collapse_shape %extracted_slice_10 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_12 = tensor.extract_slice %arg2[3, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_13 = tensor.collapse_shape %extracted_slice_12 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_14 = tensor.extract_slice %arg2[4, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_15 = tensor.collapse_shape %extracted_slice_14 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_16 = tensor.extract_slice %arg2[4, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_17 = tensor.collapse_shape %extracted_slice_16 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_18 = tensor.extract_slice %arg2[5, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_19 = tensor.collapse_shape %extracted_slice_18 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_20 = tensor.extract_slice %arg2[5, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_21 = tensor.collapse_shape %extracted_slice_20 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_22 = tensor.extract_slice %arg2[6, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_23 = tensor.collapse_shape %extracted_slice_22 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_24 = tensor.extract_slice %arg2[6, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_25 = tensor.collapse_shape %extracted_slice_24 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_26 = tensor.extract_slice %arg2[7, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_27 = tensor.collapse_shape %extracted_slice_26 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_28 = tensor.extract_slice %arg2[7, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_29 = tensor.collapse_shape %extracted_slice_28 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_30 = tensor.extract_slice %arg2[8, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_31 = tensor.collapse_shape %extracted_slice_30 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_32 = tensor.extract_slice %arg2[8, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_33 = tensor.collapse_shape %extracted_slice_32 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_34 = tensor.extract_slice %arg2[9, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_35 = tensor.collapse_shape %extracted_slice_34 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_36 = tensor.extract_slice %arg2[9, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_37 = tensor.collapse_shape %extracted_slice_36 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_38 = tensor.extract_slice %arg2[10, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_39 = tensor.collapse_shape %extracted_slice_38 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_40 = tensor.extract_slice %arg2[10, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_41 = tensor.collapse_shape %extracted_slice_40 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_42 = tensor.extract_slice %arg2[11, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_43 = tensor.collapse_shape %extracted_slice_42 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_44 = tensor.extract_slice %arg2[11, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_45 = tensor.collapse_shape %extracted_slice_44 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_46 = tensor.extract_slice %arg2[12, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_47 = tensor.collapse_shape %extracted_slice_46 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_48 = tensor.extract_slice %arg2[12, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_49 = tensor.collapse_shape %extracted_slice_48 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_50 = tensor.extract_slice %arg2[13, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_51 = tensor.collapse_shape %extracted_slice_50 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_52 = tensor.extract_slice %arg2[13, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_53 = tensor.collapse_shape %extracted_slice_52 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_54 = tensor.extract_slice %arg2[14, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_55 = tensor.collapse_shape %extracted_slice_54 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_56 = tensor.extract_slice %arg2[14, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_57 = tensor.collapse_shape %extracted_slice_56 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_58 = tensor.extract_slice %arg2[15, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_59 = tensor.collapse_shape %extracted_slice_58 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_60 = tensor.extract_slice %arg2[15, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_61 = tensor.collapse_shape %extracted_slice_60 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_62 = tensor.extract_slice %arg2[16, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_63 = tensor.collapse_shape %extracted_slice_62 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_64 = tensor.extract_slice %arg2[16, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_65 = tensor.collapse_shape %extracted_slice_64 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_66 = tensor.extract_slice %arg2[17, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_67 = tensor.collapse_shape %extracted_slice_66 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_68 = tensor.extract_slice %arg2[17, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_69 = tensor.collapse_shape %extracted_slice_68 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_70 = tensor.extract_slice %arg2[18, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_71 = tensor.collapse_shape %extracted_slice_70 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_72 = tensor.extract_slice %arg2[18, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_73 = tensor.collapse_shape %extracted_slice_72 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_74 = tensor.extract_slice %arg2[19, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_75 = tensor.collapse_shape %extracted_slice_74 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_76 = tensor.extract_slice %arg2[19, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_77 = tensor.collapse_shape %extracted_slice_76 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_78 = tensor.extract_slice %arg2[20, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_79 = tensor.collapse_shape %extracted_slice_78 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_80 = tensor.extract_slice %arg2[20, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_81 = tensor.collapse_shape %extracted_slice_80 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_82 = tensor.extract_slice %arg0[1, 2] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_83 = tensor.collapse_shape %extracted_slice_82 [] : tensor<1x1xf64> into tensor<f64>
    %extracted = tensor.extract %collapsed_83[] : tensor<f64>
    %0 = arith.mulf %extracted, %cst : f64
    %extracted_slice_84 = tensor.extract_slice %arg0[0, 2] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_85 = tensor.collapse_shape %extracted_slice_84 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_86 = tensor.extract %collapsed_85[] : tensor<f64>
    %1 = arith.mulf %extracted_86, %cst : f64
    %extracted_slice_87 = tensor.extract_slice %arg1[20] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_88 = tensor.collapse_shape %extracted_slice_87 [] : tensor<1xf64> into tensor<f64>
    %extracted_89 = tensor.extract %collapsed_88[] : tensor<f64>
    %2 = arith.mulf %1, %extracted_89 : f64
    %extracted_slice_90 = tensor.extract_slice %arg1[19] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_91 = tensor.collapse_shape %extracted_slice_90 [] : tensor<1xf64> into tensor<f64>
    %extracted_92 = tensor.extract %collapsed_91[] : tensor<f64>
    %3 = arith.mulf %1, %extracted_92 : f64
    %extracted_slice_93 = tensor.extract_slice %arg1[18] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_94 = tensor.collapse_shape %extracted_slice_93 [] : tensor<1xf64> into tensor<f64>
    %extracted_95 = tensor.extract %collapsed_94[] : tensor<f64>
    %4 = arith.mulf %1, %extracted_95 : f64
    %extracted_slice_96 = tensor.extract_slice %arg1[17] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_97 = tensor.collapse_shape %extracted_slice_96 [] : tensor<1xf64> into tensor<f64>
    %extracted_98 = tensor.extract %collapsed_97[] : tensor<f64>
    %5 = arith.mulf %1, %extracted_98 : f64
    %extracted_slice_99 = tensor.extract_slice %arg1[16] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_100 = tensor.collapse_shape %extracted_slice_99 [] : tensor<1xf64> into tensor<f64>
    %extracted_101 = tensor.extract %collapsed_100[] : tensor<f64>
    %6 = arith.mulf %1, %extracted_101 : f64
    %extracted_slice_102 = tensor.extract_slice %arg1[15] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_103 = tensor.collapse_shape %extracted_slice_102 [] : tensor<1xf64> into tensor<f64>
    %extracted_104 = tensor.extract %collapsed_103[] : tensor<f64>
    %7 = arith.mulf %1, %extracted_104 : f64
    %extracted_slice_105 = tensor.extract_slice %arg1[14] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_106 = tensor.collapse_shape %extracted_slice_105 [] : tensor<1xf64> into tensor<f64>
    %extracted_107 = tensor.extract %collapsed_106[] : tensor<f64>
    %8 = arith.mulf %1, %extracted_107 : f64
    %extracted_slice_108 = tensor.extract_slice %arg1[13] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_109 = tensor.collapse_shape %extracted_slice_108 [] : tensor<1xf64> into tensor<f64>
    %extracted_110 = tensor.extract %collapsed_109[] : tensor<f64>
    %9 = arith.mulf %1, %extracted_110 : f64
    %extracted_slice_111 = tensor.extract_slice %arg1[12] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_112 = tensor.collapse_shape %extracted_slice_111 [] : tensor<1xf64> into tensor<f64>
    %extracted_113 = tensor.extract %collapsed_112[] : tensor<f64>
    %10 = arith.mulf %1, %extracted_113 : f64
    %extracted_slice_114 = tensor.extract_slice %arg1[11] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_115 = tensor.collapse_shape %extracted_slice_114 [] : tensor<1xf64> into tensor<f64>
    %extracted_116 = tensor.extract %collapsed_115[] : tensor<f64>
    %11 = arith.mulf %1, %extracted_116 : f64
    %extracted_slice_117 = tensor.extract_slice %arg1[10] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_118 = tensor.collapse_shape %extracted_slice_117 [] : tensor<1xf64> into tensor<f64>
    %extracted_119 = tensor.extract %collapsed_118[] : tensor<f64>
    %12 = arith.mulf %1, %extracted_119 : f64
    %extracted_slice_120 = tensor.extract_slice %arg1[9] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_121 = tensor.collapse_shape %extracted_slice_120 [] : tensor<1xf64> into tensor<f64>
    %extracted_122 = tensor.extract %collapsed_121[] : tensor<f64>
    %13 = arith.mulf %1, %extracted_122 : f64
    %extracted_slice_123 = tensor.extract_slice %arg1[8] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_124 = tensor.collapse_shape %extracted_slice_123 [] : tensor<1xf64> into tensor<f64>
    %extracted_125 = tensor.extract %collapsed_124[] : tensor<f64>
    %14 = arith.mulf %1, %extracted_125 : f64
    %extracted_slice_126 = tensor.extract_slice %arg1[7] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_127 = tensor.collapse_shape %extracted_slice_126 [] : tensor<1xf64> into tensor<f64>
    %extracted_128 = tensor.extract %collapsed_127[] : tensor<f64>
    %15 = arith.mulf %1, %extracted_128 : f64
    %extracted_slice_129 = tensor.extract_slice %arg1[6] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_130 = tensor.collapse_shape %extracted_slice_129 [] : tensor<1xf64> into tensor<f64>
    %extracted_131 = tensor.extract %collapsed_130[] : tensor<f64>
    %16 = arith.mulf %1, %extracted_131 : f64
    %extracted_slice_132 = tensor.extract_slice %arg1[5] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_133 = tensor.collapse_shape %extracted_slice_132 [] : tensor<1xf64> into tensor<f64>
    %extracted_134 = tensor.extract %collapsed_133[] : tensor<f64>
    %17 = arith.mulf %1, %extracted_134 : f64
    %extracted_slice_135 = tensor.extract_slice %arg1[4] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_136 = tensor.collapse_shape %extracted_slice_135 [] : tensor<1xf64> into tensor<f64>
    %extracted_137 = tensor.extract %collapsed_136[] : tensor<f64>
    %18 = arith.mulf %1, %extracted_137 : f64
    %extracted_slice_138 = tensor.extract_slice %arg1[3] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_139 = tensor.collapse_shape %extracted_slice_138 [] : tensor<1xf64> into tensor<f64>
    %extracted_140 = tensor.extract %collapsed_139[] : tensor<f64>
    %19 = arith.mulf %1, %extracted_140 : f64
    %extracted_slice_141 = tensor.extract_slice %arg1[2] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_142 = tensor.collapse_shape %extracted_slice_141 [] : tensor<1xf64> into tensor<f64>
    %extracted_143 = tensor.extract %collapsed_142[] : tensor<f64>
    %20 = arith.mulf %1, %extracted_143 : f64
    %extracted_slice_144 = tensor.extract_slice %arg1[1] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_145 = tensor.collapse_shape %extracted_slice_144 [] : tensor<1xf64> into tensor<f64>
    %extracted_146 = tensor.extract %collapsed_145[] : tensor<f64>
    %21 = arith.mulf %1, %extracted_146 : f64
    %extracted_slice_147 = tensor.extract_slice %arg1[0] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_148 = tensor.collapse_shape %extracted_slice_147 [] : tensor<1xf64> into tensor<f64>
    %extracted_149 = tensor.extract %collapsed_148[] : tensor<f64>
    %22 = arith.mulf %1, %extracted_149 : f64
    %extracted_slice_150 = tensor.extract_slice %arg0[1, 1] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_151 = tensor.collapse_shape %extracted_slice_150 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_152 = tensor.extract %collapsed_151[] : tensor<f64>
    %23 = arith.mulf %extracted_152, %cst : f64
    %extracted_slice_153 = tensor.extract_slice %arg0[0, 1] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_154 = tensor.collapse_shape %extracted_slice_153 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_155 = tensor.extract %collapsed_154[] : tensor<f64>
    %24 = arith.mulf %extracted_155, %cst : f64
    %25 = arith.mulf %24, %extracted_89 : f64
    %26 = arith.mulf %24, %extracted_92 : f64
    %27 = arith.mulf %24, %extracted_95 : f64
    %28 = arith.mulf %24, %extracted_98 : f64
    %29 = arith.mulf %24, %extracted_101 : f64
    %30 = arith.mulf %24, %extracted_104 : f64
    %31 = arith.mulf %24, %extracted_107 : f64
    %32 = arith.mulf %24, %extracted_110 : f64
    %33 = arith.mulf %24, %extracted_113 : f64
    %34 = arith.mulf %24, %extracted_116 : f64
    %35 = arith.mulf %24, %extracted_119 : f64
    %36 = arith.mulf %24, %extracted_122 : f64
    %37 = arith.mulf %24, %extracted_125 : f64
    %38 = arith.mulf %24, %extracted_128 : f64
    %39 = arith.mulf %24, %extracted_131 : f64
    %40 = arith.mulf %24, %extracted_134 : f64
    %41 = arith.mulf %24, %extracted_137 : f64
    %42 = arith.mulf %24, %extracted_140 : f64
    %43 = arith.mulf %24, %extracted_143 : f64
    %44 = arith.mulf %24, %extracted_146 : f64
    %45 = arith.mulf %24, %extracted_149 : f64
    %extracted_slice_156 = tensor.extract_slice %arg0[1, 0] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_157 = tensor.collapse_shape %extracted_slice_156 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_158 = tensor.extract %collapsed_157[] : tensor<f64>
    %46 = arith.mulf %extracted_158, %cst : f64
    %extracted_slice_159 = tensor.extract_slice %arg0[0, 0] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_160 = tensor.collapse_shape %extracted_slice_159 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_161 = tensor.extract %collapsed_160[] : tensor<f64>
    %47 = arith.mulf %extracted_161, %cst : f64
    %48 = arith.mulf %47, %extracted_89 : f64
    %49 = arith.mulf %47, %extracted_92 : f64
    %50 = arith.mulf %47, %extracted_95 : f64
    %51 = arith.mulf %47, %extracted_98 : f64
    %52 = arith.mulf %47, %extracted_101 : f64
    %53 = arith.mulf %47, %extracted_104 : f64
    %54 = arith.mulf %47, %extracted_107 : f64
    %55 = arith.mulf %47, %extracted_110 : f64
    %56 = arith.mulf %47, %extracted_113 : f64
    %57 = arith.mulf %47, %extracted_116 : f64
    %58 = arith.mulf %47, %extracted_119 : f64
    %59 = arith.mulf %47, %extracted_122 : f64
    %60 = arith.mulf %47, %extracted_125 : f64
    %61 = arith.mulf %47, %extracted_128 : f64
    %62 = arith.mulf %47, %extracted_131 : f64
    %63 = arith.mulf %47, %extracted_134 : f64
    %64 = arith.mulf %47, %extracted_137 : f64
    %65 = arith.mulf %47, %extracted_140 : f64
    %66 = arith.mulf %47, %extracted_143 : f64
    %67 = arith.mulf %47, %extracted_146 : f64
    %68 = arith.mulf %47, %extracted_149 : f64
    quantum.device shots(%c0_i64) ["/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", "LightningSimulator", "{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}"]
    %69 = quantum.alloc( 14) : !quantum.reg
    %70 = quantum.extract %69[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits = quantum.custom "Hadamard"() %70 : !quantum.bit
    %71 = quantum.extract %69[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_162 = quantum.custom "Hadamard"() %71 : !quantum.bit
    %72 = quantum.extract %69[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_163 = quantum.custom "Hadamard"() %72 : !quantum.bit
    %73 = quantum.extract %69[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_164 = quantum.custom "Hadamard"() %73 : !quantum.bit
    %74 = quantum.extract %69[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_165 = quantum.custom "Hadamard"() %74 : !quantum.bit
    %75 = quantum.extract %69[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_166 = quantum.custom "Hadamard"() %75 : !quantum.bit
    %76 = quantum.extract %69[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_167 = quantum.custom "Hadamard"() %76 : !quantum.bit
    %77 = quantum.extract %69[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_168 = quantum.custom "Hadamard"() %77 : !quantum.bit
    %78 = quantum.extract %69[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_169 = quantum.custom "Hadamard"() %78 : !quantum.bit
    %79 = quantum.extract %69[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_170 = quantum.custom "Hadamard"() %79 : !quantum.bit
    %80 = quantum.extract %69[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_171 = quantum.custom "Hadamard"() %80 : !quantum.bit
    %81 = quantum.extract %69[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_172 = quantum.custom "Hadamard"() %81 : !quantum.bit
    %82 = quantum.extract %69[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_173 = quantum.custom "Hadamard"() %82 : !quantum.bit
    %83 = quantum.extract %69[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_174 = quantum.custom "Hadamard"() %83 : !quantum.bit
    %84 = quantum.insert %69[ 0], %out_qubits_174 : !quantum.reg, !quantum.bit
    %85 = quantum.insert %84[ 1], %out_qubits_173 : !quantum.reg, !quantum.bit
    %86 = quantum.insert %85[ 2], %out_qubits_172 : !quantum.reg, !quantum.bit
    %87 = quantum.insert %86[ 3], %out_qubits_171 : !quantum.reg, !quantum.bit
    %88 = quantum.insert %87[ 4], %out_qubits_170 : !quantum.reg, !quantum.bit
    %89 = quantum.insert %88[ 5], %out_qubits_169 : !quantum.reg, !quantum.bit
    %90 = quantum.insert %89[ 6], %out_qubits_168 : !quantum.reg, !quantum.bit
    %91 = quantum.insert %90[ 7], %out_qubits_167 : !quantum.reg, !quantum.bit
    %92 = quantum.insert %91[ 8], %out_qubits_166 : !quantum.reg, !quantum.bit
    %93 = quantum.insert %92[ 9], %out_qubits_165 : !quantum.reg, !quantum.bit
    %94 = quantum.insert %93[ 10], %out_qubits_164 : !quantum.reg, !quantum.bit
    %95 = quantum.insert %94[ 11], %out_qubits_163 : !quantum.reg, !quantum.bit
    %96 = quantum.insert %95[ 12], %out_qubits_162 : !quantum.reg, !quantum.bit
    %97 = quantum.insert %96[ 13], %out_qubits : !quantum.reg, !quantum.bit
    %extracted_175 = tensor.extract %collapsed[] : tensor<i64>
    %98 = quantum.extract %97[%extracted_175] : !quantum.reg -> !quantum.bit
    %extracted_176 = tensor.extract %collapsed_1[] : tensor<i64>
    %99 = quantum.extract %97[%extracted_176] : !quantum.reg -> !quantum.bit
    %out_qubits_177:2 = quantum.multirz(%68) %98, %99 : !quantum.bit, !quantum.bit
    %100 = quantum.insert %97[%extracted_175], %out_qubits_177#0 : !quantum.reg, !quantum.bit
    %101 = quantum.insert %100[%extracted_176], %out_qubits_177#1 : !quantum.reg, !quantum.bit
    %extracted_178 = tensor.extract %collapsed_3[] : tensor<i64>
    %102 = quantum.extract %101[%extracted_178] : !quantum.reg -> !quantum.bit
    %extracted_179 = tensor.extract %collapsed_5[] : tensor<i64>
    %103 = quantum.extract %101[%extracted_179] : !quantum.reg -> !quantum.bit
    %out_qubits_180:2 = quantum.multirz(%67) %102, %103 : !quantum.bit, !quantum.bit
    %104 = quantum.insert %101[%extracted_178], %out_qubits_180#0 : !quantum.reg, !quantum.bit
    %105 = quantum.insert %104[%extracted_179], %out_qubits_180#1 : !quantum.reg, !quantum.bit
    %extracted_181 = tensor.extract %collapsed_7[] : tensor<i64>
    %106 = quantum.extract %105[%extracted_181] : !quantum.reg -> !quantum.bit
    %extracted_182 = tensor.extract %collapsed_9[] : tensor<i64>
    %107 = quantum.extract %105[%extracted_182] : !quantum.reg -> !quantum.bit
    %out_qubits_183:2 = quantum.multirz(%66) %106, %107 : !quantum.bit, !quantum.bit
    %108 = quantum.insert %105[%extracted_181], %out_qubits_183#0 : !quantum.reg, !quantum.bit
    %109 = quantum.insert %108[%extracted_182], %out_qubits_183#1 : !quantum.reg, !quantum.bit
    %extracted_184 = tensor.extract %collapsed_11[] : tensor<i64>
    %110 = quantum.extract %109[%extracted_184] : !quantum.reg -> !quantum.bit
    %extracted_185 = tensor.extract %collapsed_13[] : tensor<i64>
    %111 = quantum.extract %109[%extracted_185] : !quantum.reg -> !quantum.bit
    %out_qubits_186:2 = quantum.multirz(%65) %110, %111 : !quantum.bit, !quantum.bit
    %112 = quantum.insert %109[%extracted_184], %out_qubits_186#0 : !quantum.reg, !quantum.bit
    %113 = quantum.insert %112[%extracted_185], %out_qubits_186#1 : !quantum.reg, !quantum.bit
    %extracted_187 = tensor.extract %collapsed_15[] : tensor<i64>
    %114 = quantum.extract %113[%extracted_187] : !quantum.reg -> !quantum.bit
    %extracted_188 = tensor.extract %collapsed_17[] : tensor<i64>
    %115 = quantum.extract %113[%extracted_188] : !quantum.reg -> !quantum.bit
    %out_qubits_189:2 = quantum.multirz(%64) %114, %115 : !quantum.bit, !quantum.bit
    %116 = quantum.insert %113[%extracted_187], %out_qubits_189#0 : !quantum.reg, !quantum.bit
    %117 = quantum.insert %116[%extracted_188], %out_qubits_189#1 : !quantum.reg, !quantum.bit
    %extracted_190 = tensor.extract %collapsed_19[] : tensor<i64>
    %118 = quantum.extract %117[%extracted_190] : !quantum.reg -> !quantum.bit
    %extracted_191 = tensor.extract %collapsed_21[] : tensor<i64>
    %119 = quantum.extract %117[%extracted_191] : !quantum.reg -> !quantum.bit
    %out_qubits_192:2 = quantum.multirz(%63) %118, %119 : !quantum.bit, !quantum.bit
    %120 = quantum.insert %117[%extracted_190], %out_qubits_192#0 : !quantum.reg, !quantum.bit
    %121 = quantum.insert %120[%extracted_191], %out_qubits_192#1 : !quantum.reg, !quantum.bit
    %extracted_193 = tensor.extract %collapsed_23[] : tensor<i64>
    %122 = quantum.extract %121[%extracted_193] : !quantum.reg -> !quantum.bit
    %extracted_194 = tensor.extract %collapsed_25[] : tensor<i64>
    %123 = quantum.extract %121[%extracted_194] : !quantum.reg -> !quantum.bit
    %out_qubits_195:2 = quantum.multirz(%62) %122, %123 : !quantum.bit, !quantum.bit
    %124 = quantum.insert %121[%extracted_193], %out_qubits_195#0 : !quantum.reg, !quantum.bit
    %125 = quantum.insert %124[%extracted_194], %out_qubits_195#1 : !quantum.reg, !quantum.bit
    %extracted_196 = tensor.extract %collapsed_27[] : tensor<i64>
    %126 = quantum.extract %125[%extracted_196] : !quantum.reg -> !quantum.bit
    %extracted_197 = tensor.extract %collapsed_29[] : tensor<i64>
    %127 = quantum.extract %125[%extracted_197] : !quantum.reg -> !quantum.bit
    %out_qubits_198:2 = quantum.multirz(%61) %126, %127 : !quantum.bit, !quantum.bit
    %128 = quantum.insert %125[%extracted_196], %out_qubits_198#0 : !quantum.reg, !quantum.bit
    %129 = quantum.insert %128[%extracted_197], %out_qubits_198#1 : !quantum.reg, !quantum.bit
    %extracted_199 = tensor.extract %collapsed_31[] : tensor<i64>
    %130 = quantum.extract %129[%extracted_199] : !quantum.reg -> !quantum.bit
    %extracted_200 = tensor.extract %collapsed_33[] : tensor<i64>
    %131 = quantum.extract %129[%extracted_200] : !quantum.reg -> !quantum.bit
    %out_qubits_201:2 = quantum.multirz(%60) %130, %131 : !quantum.bit, !quantum.bit
    %132 = quantum.insert %129[%extracted_199], %out_qubits_201#0 : !quantum.reg, !quantum.bit
    %133 = quantum.insert %132[%extracted_200], %out_qubits_201#1 : !quantum.reg, !quantum.bit
    %extracted_202 = tensor.extract %collapsed_35[] : tensor<i64>
    %134 = quantum.extract %133[%extracted_202] : !quantum.reg -> !quantum.bit
    %extracted_203 = tensor.extract %collapsed_37[] : tensor<i64>
    %135 = quantum.extract %133[%extracted_203] : !quantum.reg -> !quantum.bit
    %out_qubits_204:2 = quantum.multirz(%59) %134, %135 : !quantum.bit, !quantum.bit
    %136 = quantum.insert %133[%extracted_202], %out_qubits_204#0 : !quantum.reg, !quantum.bit
    %137 = quantum.insert %136[%extracted_203], %out_qubits_204#1 : !quantum.reg, !quantum.bit
    %extracted_205 = tensor.extract %collapsed_39[] : tensor<i64>
    %138 = quantum.extract %137[%extracted_205] : !quantum.reg -> !quantum.bit
    %extracted_206 = tensor.extract %collapsed_41[] : tensor<i64>
    %139 = quantum.extract %137[%extracted_206] : !quantum.reg -> !quantum.bit
    %out_qubits_207:2 = quantum.multirz(%58) %138, %139 : !quantum.bit, !quantum.bit
    %140 = quantum.insert %137[%extracted_205], %out_qubits_207#0 : !quantum.reg, !quantum.bit
    %141 = quantum.insert %140[%extracted_206], %out_qubits_207#1 : !quantum.reg, !quantum.bit
    %extracted_208 = tensor.extract %collapsed_43[] : tensor<i64>
    %142 = quantum.extract %141[%extracted_208] : !quantum.reg -> !quantum.bit
    %extracted_209 = tensor.extract %collapsed_45[] : tensor<i64>
    %143 = quantum.extract %141[%extracted_209] : !quantum.reg -> !quantum.bit
    %out_qubits_210:2 = quantum.multirz(%57) %142, %143 : !quantum.bit, !quantum.bit
    %144 = quantum.insert %141[%extracted_208], %out_qubits_210#0 : !quantum.reg, !quantum.bit
    %145 = quantum.insert %144[%extracted_209], %out_qubits_210#1 : !quantum.reg, !quantum.bit
    %extracted_211 = tensor.extract %collapsed_47[] : tensor<i64>
    %146 = quantum.extract %145[%extracted_211] : !quantum.reg -> !quantum.bit
    %extracted_212 = tensor.extract %collapsed_49[] : tensor<i64>
    %147 = quantum.extract %145[%extracted_212] : !quantum.reg -> !quantum.bit
    %out_qubits_213:2 = quantum.multirz(%56) %146, %147 : !quantum.bit, !quantum.bit
    %148 = quantum.insert %145[%extracted_211], %out_qubits_213#0 : !quantum.reg, !quantum.bit
    %149 = quantum.insert %148[%extracted_212], %out_qubits_213#1 : !quantum.reg, !quantum.bit
    %extracted_214 = tensor.extract %collapsed_51[] : tensor<i64>
    %150 = quantum.extract %149[%extracted_214] : !quantum.reg -> !quantum.bit
    %extracted_215 = tensor.extract %collapsed_53[] : tensor<i64>
    %151 = quantum.extract %149[%extracted_215] : !quantum.reg -> !quantum.bit
    %out_qubits_216:2 = quantum.multirz(%55) %150, %151 : !quantum.bit, !quantum.bit
    %152 = quantum.insert %149[%extracted_214], %out_qubits_216#0 : !quantum.reg, !quantum.bit
    %153 = quantum.insert %152[%extracted_215], %out_qubits_216#1 : !quantum.reg, !quantum.bit
    %extracted_217 = tensor.extract %collapsed_55[] : tensor<i64>
    %154 = quantum.extract %153[%extracted_217] : !quantum.reg -> !quantum.bit
    %extracted_218 = tensor.extract %collapsed_57[] : tensor<i64>
    %155 = quantum.extract %153[%extracted_218] : !quantum.reg -> !quantum.bit
    %out_qubits_219:2 = quantum.multirz(%54) %154, %155 : !quantum.bit, !quantum.bit
    %156 = quantum.insert %153[%extracted_217], %out_qubits_219#0 : !quantum.reg, !quantum.bit
    %157 = quantum.insert %156[%extracted_218], %out_qubits_219#1 : !quantum.reg, !quantum.bit
    %extracted_220 = tensor.extract %collapsed_59[] : tensor<i64>
    %158 = quantum.extract %157[%extracted_220] : !quantum.reg -> !quantum.bit
    %extracted_221 = tensor.extract %collapsed_61[] : tensor<i64>
    %159 = quantum.extract %157[%extracted_221] : !quantum.reg -> !quantum.bit
    %out_qubits_222:2 = quantum.multirz(%53) %158, %159 : !quantum.bit, !quantum.bit
    %160 = quantum.insert %157[%extracted_220], %out_qubits_222#0 : !quantum.reg, !quantum.bit
    %161 = quantum.insert %160[%extracted_221], %out_qubits_222#1 : !quantum.reg, !quantum.bit
    %extracted_223 = tensor.extract %collapsed_63[] : tensor<i64>
    %162 = quantum.extract %161[%extracted_223] : !quantum.reg -> !quantum.bit
    %extracted_224 = tensor.extract %collapsed_65[] : tensor<i64>
    %163 = quantum.extract %161[%extracted_224] : !quantum.reg -> !quantum.bit
    %out_qubits_225:2 = quantum.multirz(%52) %162, %163 : !quantum.bit, !quantum.bit
    %164 = quantum.insert %161[%extracted_223], %out_qubits_225#0 : !quantum.reg, !quantum.bit
    %165 = quantum.insert %164[%extracted_224], %out_qubits_225#1 : !quantum.reg, !quantum.bit
    %extracted_226 = tensor.extract %collapsed_67[] : tensor<i64>
    %166 = quantum.extract %165[%extracted_226] : !quantum.reg -> !quantum.bit
    %extracted_227 = tensor.extract %collapsed_69[] : tensor<i64>
    %167 = quantum.extract %165[%extracted_227] : !quantum.reg -> !quantum.bit
    %out_qubits_228:2 = quantum.multirz(%51) %166, %167 : !quantum.bit, !quantum.bit
    %168 = quantum.insert %165[%extracted_226], %out_qubits_228#0 : !quantum.reg, !quantum.bit
    %169 = quantum.insert %168[%extracted_227], %out_qubits_228#1 : !quantum.reg, !quantum.bit
    %extracted_229 = tensor.extract %collapsed_71[] : tensor<i64>
    %170 = quantum.extract %169[%extracted_229] : !quantum.reg -> !quantum.bit
    %extracted_230 = tensor.extract %collapsed_73[] : tensor<i64>
    %171 = quantum.extract %169[%extracted_230] : !quantum.reg -> !quantum.bit
    %out_qubits_231:2 = quantum.multirz(%50) %170, %171 : !quantum.bit, !quantum.bit
    %172 = quantum.insert %169[%extracted_229], %out_qubits_231#0 : !quantum.reg, !quantum.bit
    %173 = quantum.insert %172[%extracted_230], %out_qubits_231#1 : !quantum.reg, !quantum.bit
    %extracted_232 = tensor.extract %collapsed_75[] : tensor<i64>
    %174 = quantum.extract %173[%extracted_232] : !quantum.reg -> !quantum.bit
    %extracted_233 = tensor.extract %collapsed_77[] : tensor<i64>
    %175 = quantum.extract %173[%extracted_233] : !quantum.reg -> !quantum.bit
    %out_qubits_234:2 = quantum.multirz(%49) %174, %175 : !quantum.bit, !quantum.bit
    %176 = quantum.insert %173[%extracted_232], %out_qubits_234#0 : !quantum.reg, !quantum.bit
    %177 = quantum.insert %176[%extracted_233], %out_qubits_234#1 : !quantum.reg, !quantum.bit
    %extracted_235 = tensor.extract %collapsed_79[] : tensor<i64>
    %178 = quantum.extract %177[%extracted_235] : !quantum.reg -> !quantum.bit
    %extracted_236 = tensor.extract %collapsed_81[] : tensor<i64>
    %179 = quantum.extract %177[%extracted_236] : !quantum.reg -> !quantum.bit
    %out_qubits_237:2 = quantum.multirz(%48) %178, %179 : !quantum.bit, !quantum.bit
    %180 = quantum.insert %177[%extracted_235], %out_qubits_237#0 : !quantum.reg, !quantum.bit
    %181 = quantum.insert %180[%extracted_236], %out_qubits_237#1 : !quantum.reg, !quantum.bit
    %182 = quantum.extract %181[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_238 = quantum.custom "RX"(%46) %182 : !quantum.bit
    %183 = quantum.extract %181[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_239 = quantum.custom "RX"(%46) %183 : !quantum.bit
    %184 = quantum.extract %181[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_240 = quantum.custom "RX"(%46) %184 : !quantum.bit
    %185 = quantum.extract %181[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_241 = quantum.custom "RX"(%46) %185 : !quantum.bit
    %186 = quantum.extract %181[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_242 = quantum.custom "RX"(%46) %186 : !quantum.bit
    %187 = quantum.extract %181[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_243 = quantum.custom "RX"(%46) %187 : !quantum.bit
    %188 = quantum.extract %181[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_244 = quantum.custom "RX"(%46) %188 : !quantum.bit
    %189 = quantum.extract %181[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_245 = quantum.custom "RX"(%46) %189 : !quantum.bit
    %190 = quantum.extract %181[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_246 = quantum.custom "RX"(%46) %190 : !quantum.bit
    %191 = quantum.extract %181[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_247 = quantum.custom "RX"(%46) %191 : !quantum.bit
    %192 = quantum.extract %181[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_248 = quantum.custom "RX"(%46) %192 : !quantum.bit
    %193 = quantum.extract %181[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_249 = quantum.custom "RX"(%46) %193 : !quantum.bit
    %194 = quantum.extract %181[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_250 = quantum.custom "RX"(%46) %194 : !quantum.bit
    %195 = quantum.extract %181[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_251 = quantum.custom "RX"(%46) %195 : !quantum.bit
    %196 = quantum.insert %181[ 0], %out_qubits_251 : !quantum.reg, !quantum.bit
    %197 = quantum.insert %196[ 1], %out_qubits_250 : !quantum.reg, !quantum.bit
    %198 = quantum.insert %197[ 2], %out_qubits_249 : !quantum.reg, !quantum.bit
    %199 = quantum.insert %198[ 3], %out_qubits_248 : !quantum.reg, !quantum.bit
    %200 = quantum.insert %199[ 4], %out_qubits_247 : !quantum.reg, !quantum.bit
    %201 = quantum.insert %200[ 5], %out_qubits_246 : !quantum.reg, !quantum.bit
    %202 = quantum.insert %201[ 6], %out_qubits_245 : !quantum.reg, !quantum.bit
    %203 = quantum.insert %202[ 7], %out_qubits_244 : !quantum.reg, !quantum.bit
    %204 = quantum.insert %203[ 8], %out_qubits_243 : !quantum.reg, !quantum.bit
    %205 = quantum.insert %204[ 9], %out_qubits_242 : !quantum.reg, !quantum.bit
    %206 = quantum.insert %205[ 10], %out_qubits_241 : !quantum.reg, !quantum.bit
    %207 = quantum.insert %206[ 11], %out_qubits_240 : !quantum.reg, !quantum.bit
    %208 = quantum.insert %207[ 12], %out_qubits_239 : !quantum.reg, !quantum.bit
    %209 = quantum.insert %208[ 13], %out_qubits_238 : !quantum.reg, !quantum.bit
    %210 = quantum.extract %209[%extracted_175] : !quantum.reg -> !quantum.bit
    %211 = quantum.extract %209[%extracted_176] : !quantum.reg -> !quantum.bit
    %out_qubits_252:2 = quantum.multirz(%45) %210, %211 : !quantum.bit, !quantum.bit
    %212 = quantum.insert %209[%extracted_175], %out_qubits_252#0 : !quantum.reg, !quantum.bit
    %213 = quantum.insert %212[%extracted_176], %out_qubits_252#1 : !quantum.reg, !quantum.bit
    %214 = quantum.extract %213[%extracted_178] : !quantum.reg -> !quantum.bit
    %215 = quantum.extract %213[%extracted_179] : !quantum.reg -> !quantum.bit
    %out_qubits_253:2 = quantum.multirz(%44) %214, %215 : !quantum.bit, !quantum.bit
    %216 = quantum.insert %213[%extracted_178], %out_qubits_253#0 : !quantum.reg, !quantum.bit
    %217 = quantum.insert %216[%extracted_179], %out_qubits_253#1 : !quantum.reg, !quantum.bit
    %218 = quantum.extract %217[%extracted_181] : !quantum.reg -> !quantum.bit
    %219 = quantum.extract %217[%extracted_182] : !quantum.reg -> !quantum.bit
    %out_qubits_254:2 = quantum.multirz(%43) %218, %219 : !quantum.bit, !quantum.bit
    %220 = quantum.insert %217[%extracted_181], %out_qubits_254#0 : !quantum.reg, !quantum.bit
    %221 = quantum.insert %220[%extracted_182], %out_qubits_254#1 : !quantum.reg, !quantum.bit
    %222 = quantum.extract %221[%extracted_184] : !quantum.reg -> !quantum.bit
    %223 = quantum.extract %221[%extracted_185] : !quantum.reg -> !quantum.bit
    %out_qubits_255:2 = quantum.multirz(%42) %222, %223 : !quantum.bit, !quantum.bit
    %224 = quantum.insert %221[%extracted_184], %out_qubits_255#0 : !quantum.reg, !quantum.bit
    %225 = quantum.insert %224[%extracted_185], %out_qubits_255#1 : !quantum.reg, !quantum.bit
    %226 = quantum.extract %225[%extracted_187] : !quantum.reg -> !quantum.bit
    %227 = quantum.extract %225[%extracted_188] : !quantum.reg -> !quantum.bit
    %out_qubits_256:2 = quantum.multirz(%41) %226, %227 : !quantum.bit, !quantum.bit
    %228 = quantum.insert %225[%extracted_187], %out_qubits_256#0 : !quantum.reg, !quantum.bit
    %229 = quantum.insert %228[%extracted_188], %out_qubits_256#1 : !quantum.reg, !quantum.bit
    %230 = quantum.extract %229[%extracted_190] : !quantum.reg -> !quantum.bit
    %231 = quantum.extract %229[%extracted_191] : !quantum.reg -> !quantum.bit
    %out_qubits_257:2 = quantum.multirz(%40) %230, %231 : !quantum.bit, !quantum.bit
    %232 = quantum.insert %229[%extracted_190], %out_qubits_257#0 : !quantum.reg, !quantum.bit
    %233 = quantum.insert %232[%extracted_191], %out_qubits_257#1 : !quantum.reg, !quantum.bit
    %234 = quantum.extract %233[%extracted_193] : !quantum.reg -> !quantum.bit
    %235 = quantum.extract %233[%extracted_194] : !quantum.reg -> !quantum.bit
    %out_qubits_258:2 = quantum.multirz(%39) %234, %235 : !quantum.bit, !quantum.bit
    %236 = quantum.insert %233[%extracted_193], %out_qubits_258#0 : !quantum.reg, !quantum.bit
    %237 = quantum.insert %236[%extracted_194], %out_qubits_258#1 : !quantum.reg, !quantum.bit
    %238 = quantum.extract %237[%extracted_196] : !quantum.reg -> !quantum.bit
    %239 = quantum.extract %237[%extracted_197] : !quantum.reg -> !quantum.bit
    %out_qubits_259:2 = quantum.multirz(%38) %238, %239 : !quantum.bit, !quantum.bit
    %240 = quantum.insert %237[%extracted_196], %out_qubits_259#0 : !quantum.reg, !quantum.bit
    %241 = quantum.insert %240[%extracted_197], %out_qubits_259#1 : !quantum.reg, !quantum.bit
    %242 = quantum.extract %241[%extracted_199] : !quantum.reg -> !quantum.bit
    %243 = quantum.extract %241[%extracted_200] : !quantum.reg -> !quantum.bit
    %out_qubits_260:2 = quantum.multirz(%37) %242, %243 : !quantum.bit, !quantum.bit
    %244 = quantum.insert %241[%extracted_199], %out_qubits_260#0 : !quantum.reg, !quantum.bit
    %245 = quantum.insert %244[%extracted_200], %out_qubits_260#1 : !quantum.reg, !quantum.bit
    %246 = quantum.extract %245[%extracted_202] : !quantum.reg -> !quantum.bit
    %247 = quantum.extract %245[%extracted_203] : !quantum.reg -> !quantum.bit
    %out_qubits_261:2 = quantum.multirz(%36) %246, %247 : !quantum.bit, !quantum.bit
    %248 = quantum.insert %245[%extracted_202], %out_qubits_261#0 : !quantum.reg, !quantum.bit
    %249 = quantum.insert %248[%extracted_203], %out_qubits_261#1 : !quantum.reg, !quantum.bit
    %250 = quantum.extract %249[%extracted_205] : !quantum.reg -> !quantum.bit
    %251 = quantum.extract %249[%extracted_206] : !quantum.reg -> !quantum.bit
    %out_qubits_262:2 = quantum.multirz(%35) %250, %251 : !quantum.bit, !quantum.bit
    %252 = quantum.insert %249[%extracted_205], %out_qubits_262#0 : !quantum.reg, !quantum.bit
    %253 = quantum.insert %252[%extracted_206], %out_qubits_262#1 : !quantum.reg, !quantum.bit
    %254 = quantum.extract %253[%extracted_208] : !quantum.reg -> !quantum.bit
    %255 = quantum.extract %253[%extracted_209] : !quantum.reg -> !quantum.bit
    %out_qubits_263:2 = quantum.multirz(%34) %254, %255 : !quantum.bit, !quantum.bit
    %256 = quantum.insert %253[%extracted_208], %out_qubits_263#0 : !quantum.reg, !quantum.bit
    %257 = quantum.insert %256[%extracted_209], %out_qubits_263#1 : !quantum.reg, !quantum.bit
    %258 = quantum.extract %257[%extracted_211] : !quantum.reg -> !quantum.bit
    %259 = quantum.extract %257[%extracted_212] : !quantum.reg -> !quantum.bit
    %out_qubits_264:2 = quantum.multirz(%33) %258, %259 : !quantum.bit, !quantum.bit
    %260 = quantum.insert %257[%extracted_211], %out_qubits_264#0 : !quantum.reg, !quantum.bit
    %261 = quantum.insert %260[%extracted_212], %out_qubits_264#1 : !quantum.reg, !quantum.bit
    %262 = quantum.extract %261[%extracted_214] : !quantum.reg -> !quantum.bit
    %263 = quantum.extract %261[%extracted_215] : !quantum.reg -> !quantum.bit
    %out_qubits_265:2 = quantum.multirz(%32) %262, %263 : !quantum.bit, !quantum.bit
    %264 = quantum.insert %261[%extracted_214], %out_qubits_265#0 : !quantum.reg, !quantum.bit
    %265 = quantum.insert %264[%extracted_215], %out_qubits_265#1 : !quantum.reg, !quantum.bit
    %266 = quantum.extract %265[%extracted_217] : !quantum.reg -> !quantum.bit
    %267 = quantum.extract %265[%extracted_218] : !quantum.reg -> !quantum.bit
    %out_qubits_266:2 = quantum.multirz(%31) %266, %267 : !quantum.bit, !quantum.bit
    %268 = quantum.insert %265[%extracted_217], %out_qubits_266#0 : !quantum.reg, !quantum.bit
    %269 = quantum.insert %268[%extracted_218], %out_qubits_266#1 : !quantum.reg, !quantum.bit
    %270 = quantum.extract %269[%extracted_220] : !quantum.reg -> !quantum.bit
    %271 = quantum.extract %269[%extracted_221] : !quantum.reg -> !quantum.bit
    %out_qubits_267:2 = quantum.multirz(%30) %270, %271 : !quantum.bit, !quantum.bit
    %272 = quantum.insert %269[%extracted_220], %out_qubits_267#0 : !quantum.reg, !quantum.bit
    %273 = quantum.insert %272[%extracted_221], %out_qubits_267#1 : !quantum.reg, !quantum.bit
    %274 = quantum.extract %273[%extracted_223] : !quantum.reg -> !quantum.bit
    %275 = quantum.extract %273[%extracted_224] : !quantum.reg -> !quantum.bit
    %out_qubits_268:2 = quantum.multirz(%29) %274, %275 : !quantum.bit, !quantum.bit
    %276 = quantum.insert %273[%extracted_223], %out_qubits_268#0 : !quantum.reg, !quantum.bit
    %277 = quantum.insert %276[%extracted_224], %out_qubits_268#1 : !quantum.reg, !quantum.bit
    %278 = quantum.extract %277[%extracted_226] : !quantum.reg -> !quantum.bit
    %279 = quantum.extract %277[%extracted_227] : !quantum.reg -> !quantum.bit
    %out_qubits_269:2 = quantum.multirz(%28) %278, %279 : !quantum.bit, !quantum.bit
    %280 = quantum.insert %277[%extracted_226], %out_qubits_269#0 : !quantum.reg, !quantum.bit
    %281 = quantum.insert %280[%extracted_227], %out_qubits_269#1 : !quantum.reg, !quantum.bit
    %282 = quantum.extract %281[%extracted_229] : !quantum.reg -> !quantum.bit
    %283 = quantum.extract %281[%extracted_230] : !quantum.reg -> !quantum.bit
    %out_qubits_270:2 = quantum.multirz(%27) %282, %283 : !quantum.bit, !quantum.bit
    %284 = quantum.insert %281[%extracted_229], %out_qubits_270#0 : !quantum.reg, !quantum.bit
    %285 = quantum.insert %284[%extracted_230], %out_qubits_270#1 : !quantum.reg, !quantum.bit
    %286 = quantum.extract %285[%extracted_232] : !quantum.reg -> !quantum.bit
    %287 = quantum.extract %285[%extracted_233] : !quantum.reg -> !quantum.bit
    %out_qubits_271:2 = quantum.multirz(%26) %286, %287 : !quantum.bit, !quantum.bit
    %288 = quantum.insert %285[%extracted_232], %out_qubits_271#0 : !quantum.reg, !quantum.bit
    %289 = quantum.insert %288[%extracted_233], %out_qubits_271#1 : !quantum.reg, !quantum.bit
    %290 = quantum.extract %289[%extracted_235] : !quantum.reg -> !quantum.bit
    %291 = quantum.extract %289[%extracted_236] : !quantum.reg -> !quantum.bit
    %out_qubits_272:2 = quantum.multirz(%25) %290, %291 : !quantum.bit, !quantum.bit
    %292 = quantum.insert %289[%extracted_235], %out_qubits_272#0 : !quantum.reg, !quantum.bit
    %293 = quantum.insert %292[%extracted_236], %out_qubits_272#1 : !quantum.reg, !quantum.bit
    %294 = quantum.extract %293[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_273 = quantum.custom "RX"(%23) %294 : !quantum.bit
    %295 = quantum.extract %293[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_274 = quantum.custom "RX"(%23) %295 : !quantum.bit
    %296 = quantum.extract %293[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_275 = quantum.custom "RX"(%23) %296 : !quantum.bit
    %297 = quantum.extract %293[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_276 = quantum.custom "RX"(%23) %297 : !quantum.bit
    %298 = quantum.extract %293[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_277 = quantum.custom "RX"(%23) %298 : !quantum.bit
    %299 = quantum.extract %293[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_278 = quantum.custom "RX"(%23) %299 : !quantum.bit
    %300 = quantum.extract %293[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_279 = quantum.custom "RX"(%23) %300 : !quantum.bit
    %301 = quantum.extract %293[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_280 = quantum.custom "RX"(%23) %301 : !quantum.bit
    %302 = quantum.extract %293[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_281 = quantum.custom "RX"(%23) %302 : !quantum.bit
    %303 = quantum.extract %293[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_282 = quantum.custom "RX"(%23) %303 : !quantum.bit
    %304 = quantum.extract %293[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_283 = quantum.custom "RX"(%23) %304 : !quantum.bit
    %305 = quantum.extract %293[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_284 = quantum.custom "RX"(%23) %305 : !quantum.bit
    %306 = quantum.extract %293[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_285 = quantum.custom "RX"(%23) %306 : !quantum.bit
    %307 = quantum.extract %293[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_286 = quantum.custom "RX"(%23) %307 : !quantum.bit
    %308 = quantum.insert %293[ 0], %out_qubits_286 : !quantum.reg, !quantum.bit
    %309 = quantum.insert %308[ 1], %out_qubits_285 : !quantum.reg, !quantum.bit
    %310 = quantum.insert %309[ 2], %out_qubits_284 : !quantum.reg, !quantum.bit
    %311 = quantum.insert %310[ 3], %out_qubits_283 : !quantum.reg, !quantum.bit
    %312 = quantum.insert %311[ 4], %out_qubits_282 : !quantum.reg, !quantum.bit
    %313 = quantum.insert %312[ 5], %out_qubits_281 : !quantum.reg, !quantum.bit
    %314 = quantum.insert %313[ 6], %out_qubits_280 : !quantum.reg, !quantum.bit
    %315 = quantum.insert %314[ 7], %out_qubits_279 : !quantum.reg, !quantum.bit
    %316 = quantum.insert %315[ 8], %out_qubits_278 : !quantum.reg, !quantum.bit
    %317 = quantum.insert %316[ 9], %out_qubits_277 : !quantum.reg, !quantum.bit
    %318 = quantum.insert %317[ 10], %out_qubits_276 : !quantum.reg, !quantum.bit
    %319 = quantum.insert %318[ 11], %out_qubits_275 : !quantum.reg, !quantum.bit
    %320 = quantum.insert %319[ 12], %out_qubits_274 : !quantum.reg, !quantum.bit
    %321 = quantum.insert %320[ 13], %out_qubits_273 : !quantum.reg, !quantum.bit
    %322 = quantum.extract %321[%extracted_175] : !quantum.reg -> !quantum.bit
    %323 = quantum.extract %321[%extracted_176] : !quantum.reg -> !quantum.bit
    %out_qubits_287:2 = quantum.multirz(%22) %322, %323 : !quantum.bit, !quantum.bit
    %324 = quantum.insert %321[%extracted_175], %out_qubits_287#0 : !quantum.reg, !quantum.bit
    %325 = quantum.insert %324[%extracted_176], %out_qubits_287#1 : !quantum.reg, !quantum.bit
    %326 = quantum.extract %325[%extracted_178] : !quantum.reg -> !quantum.bit
    %327 = quantum.extract %325[%extracted_179] : !quantum.reg -> !quantum.bit
    %out_qubits_288:2 = quantum.multirz(%21) %326, %327 : !quantum.bit, !quantum.bit
    %328 = quantum.insert %325[%extracted_178], %out_qubits_288#0 : !quantum.reg, !quantum.bit
    %329 = quantum.insert %328[%extracted_179], %out_qubits_288#1 : !quantum.reg, !quantum.bit
    %330 = quantum.extract %329[%extracted_181] : !quantum.reg -> !quantum.bit
    %331 = quantum.extract %329[%extracted_182] : !quantum.reg -> !quantum.bit
    %out_qubits_289:2 = quantum.multirz(%20) %330, %331 : !quantum.bit, !quantum.bit
    %332 = quantum.insert %329[%extracted_181], %out_qubits_289#0 : !quantum.reg, !quantum.bit
    %333 = quantum.insert %332[%extracted_182], %out_qubits_289#1 : !quantum.reg, !quantum.bit
    %334 = quantum.extract %333[%extracted_184] : !quantum.reg -> !quantum.bit
    %335 = quantum.extract %333[%extracted_185] : !quantum.reg -> !quantum.bit
    %out_qubits_290:2 = quantum.multirz(%19) %334, %335 : !quantum.bit, !quantum.bit
    %336 = quantum.insert %333[%extracted_184], %out_qubits_290#0 : !quantum.reg, !quantum.bit
    %337 = quantum.insert %336[%extracted_185], %out_qubits_290#1 : !quantum.reg, !quantum.bit
    %338 = quantum.extract %337[%extracted_187] : !quantum.reg -> !quantum.bit
    %339 = quantum.extract %337[%extracted_188] : !quantum.reg -> !quantum.bit
    %out_qubits_291:2 = quantum.multirz(%18) %338, %339 : !quantum.bit, !quantum.bit
    %340 = quantum.insert %337[%extracted_187], %out_qubits_291#0 : !quantum.reg, !quantum.bit
    %341 = quantum.insert %340[%extracted_188], %out_qubits_291#1 : !quantum.reg, !quantum.bit
    %342 = quantum.extract %341[%extracted_190] : !quantum.reg -> !quantum.bit
    %343 = quantum.extract %341[%extracted_191] : !quantum.reg -> !quantum.bit
    %out_qubits_292:2 = quantum.multirz(%17) %342, %343 : !quantum.bit, !quantum.bit
    %344 = quantum.insert %341[%extracted_190], %out_qubits_292#0 : !quantum.reg, !quantum.bit
    %345 = quantum.insert %344[%extracted_191], %out_qubits_292#1 : !quantum.reg, !quantum.bit
    %346 = quantum.extract %345[%extracted_193] : !quantum.reg -> !quantum.bit
    %347 = quantum.extract %345[%extracted_194] : !quantum.reg -> !quantum.bit
    %out_qubits_293:2 = quantum.multirz(%16) %346, %347 : !quantum.bit, !quantum.bit
    %348 = quantum.insert %345[%extracted_193], %out_qubits_293#0 : !quantum.reg, !quantum.bit
    %349 = quantum.insert %348[%extracted_194], %out_qubits_293#1 : !quantum.reg, !quantum.bit
    %350 = quantum.extract %349[%extracted_196] : !quantum.reg -> !quantum.bit
    %351 = quantum.extract %349[%extracted_197] : !quantum.reg -> !quantum.bit
    %out_qubits_294:2 = quantum.multirz(%15) %350, %351 : !quantum.bit, !quantum.bit
    %352 = quantum.insert %349[%extracted_196], %out_qubits_294#0 : !quantum.reg, !quantum.bit
    %353 = quantum.insert %352[%extracted_197], %out_qubits_294#1 : !quantum.reg, !quantum.bit
    %354 = quantum.extract %353[%extracted_199] : !quantum.reg -> !quantum.bit
    %355 = quantum.extract %353[%extracted_200] : !quantum.reg -> !quantum.bit
    %out_qubits_295:2 = quantum.multirz(%14) %354, %355 : !quantum.bit, !quantum.bit
    %356 = quantum.insert %353[%extracted_199], %out_qubits_295#0 : !quantum.reg, !quantum.bit
    %357 = quantum.insert %356[%extracted_200], %out_qubits_295#1 : !quantum.reg, !quantum.bit
    %358 = quantum.extract %357[%extracted_202] : !quantum.reg -> !quantum.bit
    %359 = quantum.extract %357[%extracted_203] : !quantum.reg -> !quantum.bit
    %out_qubits_296:2 = quantum.multirz(%13) %358, %359 : !quantum.bit, !quantum.bit
    %360 = quantum.insert %357[%extracted_202], %out_qubits_296#0 : !quantum.reg, !quantum.bit
    %361 = quantum.insert %360[%extracted_203], %out_qubits_296#1 : !quantum.reg, !quantum.bit
    %362 = quantum.extract %361[%extracted_205] : !quantum.reg -> !quantum.bit
    %363 = quantum.extract %361[%extracted_206] : !quantum.reg -> !quantum.bit
    %out_qubits_297:2 = quantum.multirz(%12) %362, %363 : !quantum.bit, !quantum.bit
    %364 = quantum.insert %361[%extracted_205], %out_qubits_297#0 : !quantum.reg, !quantum.bit
    %365 = quantum.insert %364[%extracted_206], %out_qubits_297#1 : !quantum.reg, !quantum.bit
    %366 = quantum.extract %365[%extracted_208] : !quantum.reg -> !quantum.bit
    %367 = quantum.extract %365[%extracted_209] : !quantum.reg -> !quantum.bit
    %out_qubits_298:2 = quantum.multirz(%11) %366, %367 : !quantum.bit, !quantum.bit
    %368 = quantum.insert %365[%extracted_208], %out_qubits_298#0 : !quantum.reg, !quantum.bit
    %369 = quantum.insert %368[%extracted_209], %out_qubits_298#1 : !quantum.reg, !quantum.bit
    %370 = quantum.extract %369[%extracted_211] : !quantum.reg -> !quantum.bit
    %371 = quantum.extract %369[%extracted_212] : !quantum.reg -> !quantum.bit
    %out_qubits_299:2 = quantum.multirz(%10) %370, %371 : !quantum.bit, !quantum.bit
    %372 = quantum.insert %369[%extracted_211], %out_qubits_299#0 : !quantum.reg, !quantum.bit
    %373 = quantum.insert %372[%extracted_212], %out_qubits_299#1 : !quantum.reg, !quantum.bit
    %374 = quantum.extract %373[%extracted_214] : !quantum.reg -> !quantum.bit
    %375 = quantum.extract %373[%extracted_215] : !quantum.reg -> !quantum.bit
    %out_qubits_300:2 = quantum.multirz(%9) %374, %375 : !quantum.bit, !quantum.bit
    %376 = quantum.insert %373[%extracted_214], %out_qubits_300#0 : !quantum.reg, !quantum.bit
    %377 = quantum.insert %376[%extracted_215], %out_qubits_300#1 : !quantum.reg, !quantum.bit
    %378 = quantum.extract %377[%extracted_217] : !quantum.reg -> !quantum.bit
    %379 = quantum.extract %377[%extracted_218] : !quantum.reg -> !quantum.bit
    %out_qubits_301:2 = quantum.multirz(%8) %378, %379 : !quantum.bit, !quantum.bit
    %380 = quantum.insert %377[%extracted_217], %out_qubits_301#0 : !quantum.reg, !quantum.bit
    %381 = quantum.insert %380[%extracted_218], %out_qubits_301#1 : !quantum.reg, !quantum.bit
    %382 = quantum.extract %381[%extracted_220] : !quantum.reg -> !quantum.bit
    %383 = quantum.extract %381[%extracted_221] : !quantum.reg -> !quantum.bit
    %out_qubits_302:2 = quantum.multirz(%7) %382, %383 : !quantum.bit, !quantum.bit
    %384 = quantum.insert %381[%extracted_220], %out_qubits_302#0 : !quantum.reg, !quantum.bit
    %385 = quantum.insert %384[%extracted_221], %out_qubits_302#1 : !quantum.reg, !quantum.bit
    %386 = quantum.extract %385[%extracted_223] : !quantum.reg -> !quantum.bit
    %387 = quantum.extract %385[%extracted_224] : !quantum.reg -> !quantum.bit
    %out_qubits_303:2 = quantum.multirz(%6) %386, %387 : !quantum.bit, !quantum.bit
    %388 = quantum.insert %385[%extracted_223], %out_qubits_303#0 : !quantum.reg, !quantum.bit
    %389 = quantum.insert %388[%extracted_224], %out_qubits_303#1 : !quantum.reg, !quantum.bit
    %390 = quantum.extract %389[%extracted_226] : !quantum.reg -> !quantum.bit
    %391 = quantum.extract %389[%extracted_227] : !quantum.reg -> !quantum.bit
    %out_qubits_304:2 = quantum.multirz(%5) %390, %391 : !quantum.bit, !quantum.bit
    %392 = quantum.insert %389[%extracted_226], %out_qubits_304#0 : !quantum.reg, !quantum.bit
    %393 = quantum.insert %392[%extracted_227], %out_qubits_304#1 : !quantum.reg, !quantum.bit
    %394 = quantum.extract %393[%extracted_229] : !quantum.reg -> !quantum.bit
    %395 = quantum.extract %393[%extracted_230] : !quantum.reg -> !quantum.bit
    %out_qubits_305:2 = quantum.multirz(%4) %394, %395 : !quantum.bit, !quantum.bit
    %396 = quantum.insert %393[%extracted_229], %out_qubits_305#0 : !quantum.reg, !quantum.bit
    %397 = quantum.insert %396[%extracted_230], %out_qubits_305#1 : !quantum.reg, !quantum.bit
    %398 = quantum.extract %397[%extracted_232] : !quantum.reg -> !quantum.bit
    %399 = quantum.extract %397[%extracted_233] : !quantum.reg -> !quantum.bit
    %out_qubits_306:2 = quantum.multirz(%3) %398, %399 : !quantum.bit, !quantum.bit
    %400 = quantum.insert %397[%extracted_232], %out_qubits_306#0 : !quantum.reg, !quantum.bit
    %401 = quantum.insert %400[%extracted_233], %out_qubits_306#1 : !quantum.reg, !quantum.bit
    %402 = quantum.extract %401[%extracted_235] : !quantum.reg -> !quantum.bit
    %403 = quantum.extract %401[%extracted_236] : !quantum.reg -> !quantum.bit
    %out_qubits_307:2 = quantum.multirz(%2) %402, %403 : !quantum.bit, !quantum.bit
    %404 = quantum.insert %401[%extracted_235], %out_qubits_307#0 : !quantum.reg, !quantum.bit
    %405 = quantum.insert %404[%extracted_236], %out_qubits_307#1 : !quantum.reg, !quantum.bit
    %406 = quantum.extract %405[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_308 = quantum.custom "RX"(%0) %406 : !quantum.bit
    %407 = quantum.extract %405[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_309 = quantum.custom "RX"(%0) %407 : !quantum.bit
    %408 = quantum.extract %405[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_310 = quantum.custom "RX"(%0) %408 : !quantum.bit
    %409 = quantum.extract %405[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_311 = quantum.custom "RX"(%0) %409 : !quantum.bit
    %410 = quantum.extract %405[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_312 = quantum.custom "RX"(%0) %410 : !quantum.bit
    %411 = quantum.extract %405[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_313 = quantum.custom "RX"(%0) %411 : !quantum.bit
    %412 = quantum.extract %405[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_314 = quantum.custom "RX"(%0) %412 : !quantum.bit
    %413 = quantum.extract %405[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_315 = quantum.custom "RX"(%0) %413 : !quantum.bit
    %414 = quantum.extract %405[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_316 = quantum.custom "RX"(%0) %414 : !quantum.bit
    %415 = quantum.extract %405[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_317 = quantum.custom "RX"(%0) %415 : !quantum.bit
    %416 = quantum.extract %405[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_318 = quantum.custom "RX"(%0) %416 : !quantum.bit
    %417 = quantum.extract %405[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_319 = quantum.custom "RX"(%0) %417 : !quantum.bit
    %418 = quantum.extract %405[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_320 = quantum.custom "RX"(%0) %418 : !quantum.bit
    %419 = quantum.extract %405[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_321 = quantum.custom "RX"(%0) %419 : !quantum.bit
    %420 = quantum.insert %405[ 0], %out_qubits_308 : !quantum.reg, !quantum.bit
    %421 = quantum.insert %420[ 1], %out_qubits_309 : !quantum.reg, !quantum.bit
    %422 = quantum.insert %421[ 2], %out_qubits_310 : !quantum.reg, !quantum.bit
    %423 = quantum.insert %422[ 3], %out_qubits_311 : !quantum.reg, !quantum.bit
    %424 = quantum.insert %423[ 4], %out_qubits_312 : !quantum.reg, !quantum.bit
    %425 = quantum.insert %424[ 5], %out_qubits_313 : !quantum.reg, !quantum.bit
    %426 = quantum.insert %425[ 6], %out_qubits_314 : !quantum.reg, !quantum.bit
    %427 = quantum.insert %426[ 7], %out_qubits_315 : !quantum.reg, !quantum.bit
    %428 = quantum.insert %427[ 8], %out_qubits_316 : !quantum.reg, !quantum.bit
    %429 = quantum.insert %428[ 9], %out_qubits_317 : !quantum.reg, !quantum.bit
    %430 = quantum.insert %429[ 10], %out_qubits_318 : !quantum.reg, !quantum.bit
    %431 = quantum.insert %430[ 11], %out_qubits_319 : !quantum.reg, !quantum.bit
    %432 = quantum.insert %431[ 12], %out_qubits_320 : !quantum.reg, !quantum.bit
    %433 = quantum.insert %432[ 13], %out_qubits_321 : !quantum.reg, !quantum.bit
    %434 = quantum.extract %433[%extracted_175] : !quantum.reg -> !quantum.bit
    %435 = quantum.namedobs %434[ PauliZ] : !quantum.obs
    %436 = quantum.insert %433[%extracted_175], %434 : !quantum.reg, !quantum.bit
    %437 = quantum.extract %436[%extracted_176] : !quantum.reg -> !quantum.bit
    %438 = quantum.namedobs %437[ PauliZ] : !quantum.obs
    %439 = quantum.tensor %435, %438 : !quantum.obs
    %440 = quantum.insert %436[%extracted_176], %437 : !quantum.reg, !quantum.bit
    %441 = quantum.extract %440[%extracted_178] : !quantum.reg -> !quantum.bit
    %442 = quantum.namedobs %441[ PauliZ] : !quantum.obs
    %443 = quantum.insert %440[%extracted_178], %441 : !quantum.reg, !quantum.bit
    %444 = quantum.extract %443[%extracted_179] : !quantum.reg -> !quantum.bit
    %445 = quantum.namedobs %444[ PauliZ] : !quantum.obs
    %446 = quantum.tensor %442, %445 : !quantum.obs
    %447 = quantum.insert %443[%extracted_179], %444 : !quantum.reg, !quantum.bit
    %448 = quantum.extract %447[%extracted_181] : !quantum.reg -> !quantum.bit
    %449 = quantum.namedobs %448[ PauliZ] : !quantum.obs
    %450 = quantum.insert %447[%extracted_181], %448 : !quantum.reg, !quantum.bit
    %451 = quantum.extract %450[%extracted_182] : !quantum.reg -> !quantum.bit
    %452 = quantum.namedobs %451[ PauliZ] : !quantum.obs
    %453 = quantum.tensor %449, %452 : !quantum.obs
    %454 = quantum.insert %450[%extracted_182], %451 : !quantum.reg, !quantum.bit
    %455 = quantum.extract %454[%extracted_184] : !quantum.reg -> !quantum.bit
    %456 = quantum.namedobs %455[ PauliZ] : !quantum.obs
    %457 = quantum.insert %454[%extracted_184], %455 : !quantum.reg, !quantum.bit
    %458 = quantum.extract %457[%extracted_185] : !quantum.reg -> !quantum.bit
    %459 = quantum.namedobs %458[ PauliZ] : !quantum.obs
    %460 = quantum.tensor %456, %459 : !quantum.obs
    %461 = quantum.insert %457[%extracted_185], %458 : !quantum.reg, !quantum.bit
    %462 = quantum.extract %461[%extracted_187] : !quantum.reg -> !quantum.bit
    %463 = quantum.namedobs %462[ PauliZ] : !quantum.obs
    %464 = quantum.insert %461[%extracted_187], %462 : !quantum.reg, !quantum.bit
    %465 = quantum.extract %464[%extracted_188] : !quantum.reg -> !quantum.bit
    %466 = quantum.namedobs %465[ PauliZ] : !quantum.obs
    %467 = quantum.tensor %463, %466 : !quantum.obs
    %468 = quantum.insert %464[%extracted_188], %465 : !quantum.reg, !quantum.bit
    %469 = quantum.extract %468[%extracted_190] : !quantum.reg -> !quantum.bit
    %470 = quantum.namedobs %469[ PauliZ] : !quantum.obs
    %471 = quantum.insert %468[%extracted_190], %469 : !quantum.reg, !quantum.bit
    %472 = quantum.extract %471[%extracted_191] : !quantum.reg -> !quantum.bit
    %473 = quantum.namedobs %472[ PauliZ] : !quantum.obs
    %474 = quantum.tensor %470, %473 : !quantum.obs
    %475 = quantum.insert %471[%extracted_191], %472 : !quantum.reg, !quantum.bit
    %476 = quantum.extract %475[%extracted_193] : !quantum.reg -> !quantum.bit
    %477 = quantum.namedobs %476[ PauliZ] : !quantum.obs
    %478 = quantum.insert %475[%extracted_193], %476 : !quantum.reg, !quantum.bit
    %479 = quantum.extract %478[%extracted_194] : !quantum.reg -> !quantum.bit
    %480 = quantum.namedobs %479[ PauliZ] : !quantum.obs
    %481 = quantum.tensor %477, %480 : !quantum.obs
    %482 = quantum.insert %478[%extracted_194], %479 : !quantum.reg, !quantum.bit
    %483 = quantum.extract %482[%extracted_196] : !quantum.reg -> !quantum.bit
    %484 = quantum.namedobs %483[ PauliZ] : !quantum.obs
    %485 = quantum.insert %482[%extracted_196], %483 : !quantum.reg, !quantum.bit
    %486 = quantum.extract %485[%extracted_197] : !quantum.reg -> !quantum.bit
    %487 = quantum.namedobs %486[ PauliZ] : !quantum.obs
    %488 = quantum.tensor %484, %487 : !quantum.obs
    %489 = quantum.insert %485[%extracted_197], %486 : !quantum.reg, !quantum.bit
    %490 = quantum.extract %489[%extracted_199] : !quantum.reg -> !quantum.bit
    %491 = quantum.namedobs %490[ PauliZ] : !quantum.obs
    %492 = quantum.insert %489[%extracted_199], %490 : !quantum.reg, !quantum.bit
    %493 = quantum.extract %492[%extracted_200] : !quantum.reg -> !quantum.bit
    %494 = quantum.namedobs %493[ PauliZ] : !quantum.obs
    %495 = quantum.tensor %491, %494 : !quantum.obs
    %496 = quantum.insert %492[%extracted_200], %493 : !quantum.reg, !quantum.bit
    %497 = quantum.extract %496[%extracted_202] : !quantum.reg -> !quantum.bit
    %498 = quantum.namedobs %497[ PauliZ] : !quantum.obs
    %499 = quantum.insert %496[%extracted_202], %497 : !quantum.reg, !quantum.bit
    %500 = quantum.extract %499[%extracted_203] : !quantum.reg -> !quantum.bit
    %501 = quantum.namedobs %500[ PauliZ] : !quantum.obs
    %502 = quantum.tensor %498, %501 : !quantum.obs
    %503 = quantum.insert %499[%extracted_203], %500 : !quantum.reg, !quantum.bit
    %504 = quantum.extract %503[%extracted_205] : !quantum.reg -> !quantum.bit
    %505 = quantum.namedobs %504[ PauliZ] : !quantum.obs
    %506 = quantum.insert %503[%extracted_205], %504 : !quantum.reg, !quantum.bit
    %507 = quantum.extract %506[%extracted_206] : !quantum.reg -> !quantum.bit
    %508 = quantum.namedobs %507[ PauliZ] : !quantum.obs
    %509 = quantum.tensor %505, %508 : !quantum.obs
    %510 = quantum.insert %506[%extracted_206], %507 : !quantum.reg, !quantum.bit
    %511 = quantum.extract %510[%extracted_208] : !quantum.reg -> !quantum.bit
    %512 = quantum.namedobs %511[ PauliZ] : !quantum.obs
    %513 = quantum.insert %510[%extracted_208], %511 : !quantum.reg, !quantum.bit
    %514 = quantum.extract %513[%extracted_209] : !quantum.reg -> !quantum.bit
    %515 = quantum.namedobs %514[ PauliZ] : !quantum.obs
    %516 = quantum.tensor %512, %515 : !quantum.obs
    %517 = quantum.insert %513[%extracted_209], %514 : !quantum.reg, !quantum.bit
    %518 = quantum.extract %517[%extracted_211] : !quantum.reg -> !quantum.bit
    %519 = quantum.namedobs %518[ PauliZ] : !quantum.obs
    %520 = quantum.insert %517[%extracted_211], %518 : !quantum.reg, !quantum.bit
    %521 = quantum.extract %520[%extracted_212] : !quantum.reg -> !quantum.bit
    %522 = quantum.namedobs %521[ PauliZ] : !quantum.obs
    %523 = quantum.tensor %519, %522 : !quantum.obs
    %524 = quantum.insert %520[%extracted_212], %521 : !quantum.reg, !quantum.bit
    %525 = quantum.extract %524[%extracted_214] : !quantum.reg -> !quantum.bit
    %526 = quantum.namedobs %525[ PauliZ] : !quantum.obs
    %527 = quantum.insert %524[%extracted_214], %525 : !quantum.reg, !quantum.bit
    %528 = quantum.extract %527[%extracted_215] : !quantum.reg -> !quantum.bit
    %529 = quantum.namedobs %528[ PauliZ] : !quantum.obs
    %530 = quantum.tensor %526, %529 : !quantum.obs
    %531 = quantum.insert %527[%extracted_215], %528 : !quantum.reg, !quantum.bit
    %532 = quantum.extract %531[%extracted_217] : !quantum.reg -> !quantum.bit
    %533 = quantum.namedobs %532[ PauliZ] : !quantum.obs
    %534 = quantum.insert %531[%extracted_217], %532 : !quantum.reg, !quantum.bit
    %535 = quantum.extract %534[%extracted_218] : !quantum.reg -> !quantum.bit
    %536 = quantum.namedobs %535[ PauliZ] : !quantum.obs
    %537 = quantum.tensor %533, %536 : !quantum.obs
    %538 = quantum.insert %534[%extracted_218], %535 : !quantum.reg, !quantum.bit
    %539 = quantum.extract %538[%extracted_220] : !quantum.reg -> !quantum.bit
    %540 = quantum.namedobs %539[ PauliZ] : !quantum.obs
    %541 = quantum.insert %538[%extracted_220], %539 : !quantum.reg, !quantum.bit
    %542 = quantum.extract %541[%extracted_221] : !quantum.reg -> !quantum.bit
    %543 = quantum.namedobs %542[ PauliZ] : !quantum.obs
    %544 = quantum.tensor %540, %543 : !quantum.obs
    %545 = quantum.insert %541[%extracted_221], %542 : !quantum.reg, !quantum.bit
    %546 = quantum.extract %545[%extracted_223] : !quantum.reg -> !quantum.bit
    %547 = quantum.namedobs %546[ PauliZ] : !quantum.obs
    %548 = quantum.insert %545[%extracted_223], %546 : !quantum.reg, !quantum.bit
    %549 = quantum.extract %548[%extracted_224] : !quantum.reg -> !quantum.bit
    %550 = quantum.namedobs %549[ PauliZ] : !quantum.obs
    %551 = quantum.tensor %547, %550 : !quantum.obs
    %552 = quantum.insert %548[%extracted_224], %549 : !quantum.reg, !quantum.bit
    %553 = quantum.extract %552[%extracted_226] : !quantum.reg -> !quantum.bit
    %554 = quantum.namedobs %553[ PauliZ] : !quantum.obs
    %555 = quantum.insert %552[%extracted_226], %553 : !quantum.reg, !quantum.bit
    %556 = quantum.extract %555[%extracted_227] : !quantum.reg -> !quantum.bit
    %557 = quantum.namedobs %556[ PauliZ] : !quantum.obs
    %558 = quantum.tensor %554, %557 : !quantum.obs
    %559 = quantum.insert %555[%extracted_227], %556 : !quantum.reg, !quantum.bit
    %560 = quantum.extract %559[%extracted_229] : !quantum.reg -> !quantum.bit
    %561 = quantum.namedobs %560[ PauliZ] : !quantum.obs
    %562 = quantum.insert %559[%extracted_229], %560 : !quantum.reg, !quantum.bit
    %563 = quantum.extract %562[%extracted_230] : !quantum.reg -> !quantum.bit
    %564 = quantum.namedobs %563[ PauliZ] : !quantum.obs
    %565 = quantum.tensor %561, %564 : !quantum.obs
    %566 = quantum.insert %562[%extracted_230], %563 : !quantum.reg, !quantum.bit
    %567 = quantum.extract %566[%extracted_232] : !quantum.reg -> !quantum.bit
    %568 = quantum.namedobs %567[ PauliZ] : !quantum.obs
    %569 = quantum.insert %566[%extracted_232], %567 : !quantum.reg, !quantum.bit
    %570 = quantum.extract %569[%extracted_233] : !quantum.reg -> !quantum.bit
    %571 = quantum.namedobs %570[ PauliZ] : !quantum.obs
    %572 = quantum.tensor %568, %571 : !quantum.obs
    %573 = quantum.insert %569[%extracted_233], %570 : !quantum.reg, !quantum.bit
    %574 = quantum.extract %573[%extracted_235] : !quantum.reg -> !quantum.bit
    %575 = quantum.namedobs %574[ PauliZ] : !quantum.obs
    %576 = quantum.insert %573[%extracted_235], %574 : !quantum.reg, !quantum.bit
    %577 = quantum.extract %576[%extracted_236] : !quantum.reg -> !quantum.bit
    %578 = quantum.namedobs %577[ PauliZ] : !quantum.obs
    %579 = quantum.tensor %575, %578 : !quantum.obs
    %580 = quantum.hamiltonian(%arg1 : tensor<21xf64>) %439, %446, %453, %460, %467, %474, %481, %488, %495, %502, %509, %516, %523, %530, %537, %544, %551, %558, %565, %572, %579 : !quantum.obs
    %581 = quantum.expval %580 : f64
    %from_elements = tensor.from_elements %581 : tensor<f64>
    %582 = quantum.insert %576[%extracted_236], %577 : !quantum.reg, !quantum.bit
    quantum.dealloc %582 : !quantum.reg
    quantum.device_release
    return %from_elements : tensor<f64>
  }
  func.func private @energy_0.adjoint(%arg0: tensor<2x3xf64>, %arg1: tensor<21xf64>, %arg2: tensor<21x2xi64>, %arg3: index) -> tensor<?xf64> {
    %0 = gradient.adjoint @energy_0.nodealloc(%arg0, %arg1, %arg2) size(%arg3) : (tensor<2x3xf64>, tensor<21xf64>, tensor<21x2xi64>) -> tensor<?xf64>
    return %0 : tensor<?xf64>
  }
  func.func private @energy_0.nodealloc(%arg0: tensor<2x3xf64>, %arg1: tensor<21xf64>, %arg2: tensor<21x2xi64>) -> !quantum.reg {
    %c0_i64 = arith.constant 0 : i64
    %cst = arith.constant 2.000000e+00 : f64
    %extracted_slice = tensor.extract_slice %arg2[0, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed = tensor.collapse_shape %extracted_slice [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_0 = tensor.extract_slice %arg2[0, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_1 = tensor.collapse_shape %extracted_slice_0 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_2 = tensor.extract_slice %arg2[1, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_3 = tensor.collapse_shape %extracted_slice_2 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_4 = tensor.extract_slice %arg2[1, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_5 = tensor.collapse_shape %extracted_slice_4 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_6 = tensor.extract_slice %arg2[2, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_7 = tensor.collapse_shape %extracted_slice_6 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_8 = tensor.extract_slice %arg2[2, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_9 = tensor.collapse_shape %extracted_slice_8 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_10 = tensor.extract_slice %arg2[3, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_11 = tensor.collapse_shape %extracted_slice_10 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_12 = tensor.extract_slice %arg2[3, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_13 = tensor.collapse_shape %extracted_slice_12 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_14 = tensor.extract_slice %arg2[4, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_15 = tensor.collapse_shape %extracted_slice_14 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_16 = tensor.extract_slice %arg2[4, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_17 = tensor.collapse_shape %extracted_slice_16 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_18 = tensor.extract_slice %arg2[5, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_19 = tensor.collapse_shape %extracted_slice_18 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_20 = tensor.extract_slice %arg2[5, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_21 = tensor.collapse_shape %extracted_slice_20 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_22 = tensor.extract_slice %arg2[6, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_23 = tensor.collapse_shape %extracted_slice_22 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_24 = tensor.extract_slice %arg2[6, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_25 = tensor.collapse_shape %extracted_slice_24 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_26 = tensor.extract_slice %arg2[7, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_27 = tensor.collapse_shape %extracted_slice_26 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_28 = tensor.extract_slice %arg2[7, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_29 = tensor.collapse_shape %extracted_slice_28 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_30 = tensor.extract_slice %arg2[8, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_31 = tensor.collapse_shape %extracted_slice_30 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_32 = tensor.extract_slice %arg2[8, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_33 = tensor.collapse_shape %extracted_slice_32 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_34 = tensor.extract_slice %arg2[9, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_35 = tensor.collapse_shape %extracted_slice_34 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_36 = tensor.extract_slice %arg2[9, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_37 = tensor.collapse_shape %extracted_slice_36 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_38 = tensor.extract_slice %arg2[10, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_39 = tensor.collapse_shape %extracted_slice_38 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_40 = tensor.extract_slice %arg2[10, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_41 = tensor.collapse_shape %extracted_slice_40 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_42 = tensor.extract_slice %arg2[11, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_43 = tensor.collapse_shape %extracted_slice_42 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_44 = tensor.extract_slice %arg2[11, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_45 = tensor.collapse_shape %extracted_slice_44 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_46 = tensor.extract_slice %arg2[12, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_47 = tensor.collapse_shape %extracted_slice_46 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_48 = tensor.extract_slice %arg2[12, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_49 = tensor.collapse_shape %extracted_slice_48 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_50 = tensor.extract_slice %arg2[13, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_51 = tensor.collapse_shape %extracted_slice_50 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_52 = tensor.extract_slice %arg2[13, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_53 = tensor.collapse_shape %extracted_slice_52 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_54 = tensor.extract_slice %arg2[14, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_55 = tensor.collapse_shape %extracted_slice_54 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_56 = tensor.extract_slice %arg2[14, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_57 = tensor.collapse_shape %extracted_slice_56 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_58 = tensor.extract_slice %arg2[15, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_59 = tensor.collapse_shape %extracted_slice_58 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_60 = tensor.extract_slice %arg2[15, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_61 = tensor.collapse_shape %extracted_slice_60 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_62 = tensor.extract_slice %arg2[16, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_63 = tensor.collapse_shape %extracted_slice_62 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_64 = tensor.extract_slice %arg2[16, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_65 = tensor.collapse_shape %extracted_slice_64 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_66 = tensor.extract_slice %arg2[17, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_67 = tensor.collapse_shape %extracted_slice_66 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_68 = tensor.extract_slice %arg2[17, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_69 = tensor.collapse_shape %extracted_slice_68 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_70 = tensor.extract_slice %arg2[18, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_71 = tensor.collapse_shape %extracted_slice_70 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_72 = tensor.extract_slice %arg2[18, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_73 = tensor.collapse_shape %extracted_slice_72 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_74 = tensor.extract_slice %arg2[19, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_75 = tensor.collapse_shape %extracted_slice_74 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_76 = tensor.extract_slice %arg2[19, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_77 = tensor.collapse_shape %extracted_slice_76 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_78 = tensor.extract_slice %arg2[20, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_79 = tensor.collapse_shape %extracted_slice_78 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_80 = tensor.extract_slice %arg2[20, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_81 = tensor.collapse_shape %extracted_slice_80 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_82 = tensor.extract_slice %arg0[1, 2] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_83 = tensor.collapse_shape %extracted_slice_82 [] : tensor<1x1xf64> into tensor<f64>
    %extracted = tensor.extract %collapsed_83[] : tensor<f64>
    %0 = arith.mulf %extracted, %cst : f64
    %extracted_slice_84 = tensor.extract_slice %arg0[0, 2] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_85 = tensor.collapse_shape %extracted_slice_84 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_86 = tensor.extract %collapsed_85[] : tensor<f64>
    %1 = arith.mulf %extracted_86, %cst : f64
    %extracted_slice_87 = tensor.extract_slice %arg1[20] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_88 = tensor.collapse_shape %extracted_slice_87 [] : tensor<1xf64> into tensor<f64>
    %extracted_89 = tensor.extract %collapsed_88[] : tensor<f64>
    %2 = arith.mulf %1, %extracted_89 : f64
    %extracted_slice_90 = tensor.extract_slice %arg1[19] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_91 = tensor.collapse_shape %extracted_slice_90 [] : tensor<1xf64> into tensor<f64>
    %extracted_92 = tensor.extract %collapsed_91[] : tensor<f64>
    %3 = arith.mulf %1, %extracted_92 : f64
    %extracted_slice_93 = tensor.extract_slice %arg1[18] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_94 = tensor.collapse_shape %extracted_slice_93 [] : tensor<1xf64> into tensor<f64>
    %extracted_95 = tensor.extract %collapsed_94[] : tensor<f64>
    %4 = arith.mulf %1, %extracted_95 : f64
    %extracted_slice_96 = tensor.extract_slice %arg1[17] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_97 = tensor.collapse_shape %extracted_slice_96 [] : tensor<1xf64> into tensor<f64>
    %extracted_98 = tensor.extract %collapsed_97[] : tensor<f64>
    %5 = arith.mulf %1, %extracted_98 : f64
    %extracted_slice_99 = tensor.extract_slice %arg1[16] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_100 = tensor.collapse_shape %extracted_slice_99 [] : tensor<1xf64> into tensor<f64>
    %extracted_101 = tensor.extract %collapsed_100[] : tensor<f64>
    %6 = arith.mulf %1, %extracted_101 : f64
    %extracted_slice_102 = tensor.extract_slice %arg1[15] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_103 = tensor.collapse_shape %extracted_slice_102 [] : tensor<1xf64> into tensor<f64>
    %extracted_104 = tensor.extract %collapsed_103[] : tensor<f64>
    %7 = arith.mulf %1, %extracted_104 : f64
    %extracted_slice_105 = tensor.extract_slice %arg1[14] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_106 = tensor.collapse_shape %extracted_slice_105 [] : tensor<1xf64> into tensor<f64>
    %extracted_107 = tensor.extract %collapsed_106[] : tensor<f64>
    %8 = arith.mulf %1, %extracted_107 : f64
    %extracted_slice_108 = tensor.extract_slice %arg1[13] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_109 = tensor.collapse_shape %extracted_slice_108 [] : tensor<1xf64> into tensor<f64>
    %extracted_110 = tensor.extract %collapsed_109[] : tensor<f64>
    %9 = arith.mulf %1, %extracted_110 : f64
    %extracted_slice_111 = tensor.extract_slice %arg1[12] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_112 = tensor.collapse_shape %extracted_slice_111 [] : tensor<1xf64> into tensor<f64>
    %extracted_113 = tensor.extract %collapsed_112[] : tensor<f64>
    %10 = arith.mulf %1, %extracted_113 : f64
    %extracted_slice_114 = tensor.extract_slice %arg1[11] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_115 = tensor.collapse_shape %extracted_slice_114 [] : tensor<1xf64> into tensor<f64>
    %extracted_116 = tensor.extract %collapsed_115[] : tensor<f64>
    %11 = arith.mulf %1, %extracted_116 : f64
    %extracted_slice_117 = tensor.extract_slice %arg1[10] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_118 = tensor.collapse_shape %extracted_slice_117 [] : tensor<1xf64> into tensor<f64>
    %extracted_119 = tensor.extract %collapsed_118[] : tensor<f64>
    %12 = arith.mulf %1, %extracted_119 : f64
    %extracted_slice_120 = tensor.extract_slice %arg1[9] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_121 = tensor.collapse_shape %extracted_slice_120 [] : tensor<1xf64> into tensor<f64>
    %extracted_122 = tensor.extract %collapsed_121[] : tensor<f64>
    %13 = arith.mulf %1, %extracted_122 : f64
    %extracted_slice_123 = tensor.extract_slice %arg1[8] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_124 = tensor.collapse_shape %extracted_slice_123 [] : tensor<1xf64> into tensor<f64>
    %extracted_125 = tensor.extract %collapsed_124[] : tensor<f64>
    %14 = arith.mulf %1, %extracted_125 : f64
    %extracted_slice_126 = tensor.extract_slice %arg1[7] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_127 = tensor.collapse_shape %extracted_slice_126 [] : tensor<1xf64> into tensor<f64>
    %extracted_128 = tensor.extract %collapsed_127[] : tensor<f64>
    %15 = arith.mulf %1, %extracted_128 : f64
    %extracted_slice_129 = tensor.extract_slice %arg1[6] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_130 = tensor.collapse_shape %extracted_slice_129 [] : tensor<1xf64> into tensor<f64>
    %extracted_131 = tensor.extract %collapsed_130[] : tensor<f64>
    %16 = arith.mulf %1, %extracted_131 : f64
    %extracted_slice_132 = tensor.extract_slice %arg1[5] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_133 = tensor.collapse_shape %extracted_slice_132 [] : tensor<1xf64> into tensor<f64>
    %extracted_134 = tensor.extract %collapsed_133[] : tensor<f64>
    %17 = arith.mulf %1, %extracted_134 : f64
    %extracted_slice_135 = tensor.extract_slice %arg1[4] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_136 = tensor.collapse_shape %extracted_slice_135 [] : tensor<1xf64> into tensor<f64>
    %extracted_137 = tensor.extract %collapsed_136[] : tensor<f64>
    %18 = arith.mulf %1, %extracted_137 : f64
    %extracted_slice_138 = tensor.extract_slice %arg1[3] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_139 = tensor.collapse_shape %extracted_slice_138 [] : tensor<1xf64> into tensor<f64>
    %extracted_140 = tensor.extract %collapsed_139[] : tensor<f64>
    %19 = arith.mulf %1, %extracted_140 : f64
    %extracted_slice_141 = tensor.extract_slice %arg1[2] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_142 = tensor.collapse_shape %extracted_slice_141 [] : tensor<1xf64> into tensor<f64>
    %extracted_143 = tensor.extract %collapsed_142[] : tensor<f64>
    %20 = arith.mulf %1, %extracted_143 : f64
    %extracted_slice_144 = tensor.extract_slice %arg1[1] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_145 = tensor.collapse_shape %extracted_slice_144 [] : tensor<1xf64> into tensor<f64>
    %extracted_146 = tensor.extract %collapsed_145[] : tensor<f64>
    %21 = arith.mulf %1, %extracted_146 : f64
    %extracted_slice_147 = tensor.extract_slice %arg1[0] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_148 = tensor.collapse_shape %extracted_slice_147 [] : tensor<1xf64> into tensor<f64>
    %extracted_149 = tensor.extract %collapsed_148[] : tensor<f64>
    %22 = arith.mulf %1, %extracted_149 : f64
    %extracted_slice_150 = tensor.extract_slice %arg0[1, 1] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_151 = tensor.collapse_shape %extracted_slice_150 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_152 = tensor.extract %collapsed_151[] : tensor<f64>
    %23 = arith.mulf %extracted_152, %cst : f64
    %extracted_slice_153 = tensor.extract_slice %arg0[0, 1] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_154 = tensor.collapse_shape %extracted_slice_153 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_155 = tensor.extract %collapsed_154[] : tensor<f64>
    %24 = arith.mulf %extracted_155, %cst : f64
    %25 = arith.mulf %24, %extracted_89 : f64
    %26 = arith.mulf %24, %extracted_92 : f64
    %27 = arith.mulf %24, %extracted_95 : f64
    %28 = arith.mulf %24, %extracted_98 : f64
    %29 = arith.mulf %24, %extracted_101 : f64
    %30 = arith.mulf %24, %extracted_104 : f64
    %31 = arith.mulf %24, %extracted_107 : f64
    %32 = arith.mulf %24, %extracted_110 : f64
    %33 = arith.mulf %24, %extracted_113 : f64
    %34 = arith.mulf %24, %extracted_116 : f64
    %35 = arith.mulf %24, %extracted_119 : f64
    %36 = arith.mulf %24, %extracted_122 : f64
    %37 = arith.mulf %24, %extracted_125 : f64
    %38 = arith.mulf %24, %extracted_128 : f64
    %39 = arith.mulf %24, %extracted_131 : f64
    %40 = arith.mulf %24, %extracted_134 : f64
    %41 = arith.mulf %24, %extracted_137 : f64
    %42 = arith.mulf %24, %extracted_140 : f64
    %43 = arith.mulf %24, %extracted_143 : f64
    %44 = arith.mulf %24, %extracted_146 : f64
    %45 = arith.mulf %24, %extracted_149 : f64
    %extracted_slice_156 = tensor.extract_slice %arg0[1, 0] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_157 = tensor.collapse_shape %extracted_slice_156 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_158 = tensor.extract %collapsed_157[] : tensor<f64>
    %46 = arith.mulf %extracted_158, %cst : f64
    %extracted_slice_159 = tensor.extract_slice %arg0[0, 0] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_160 = tensor.collapse_shape %extracted_slice_159 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_161 = tensor.extract %collapsed_160[] : tensor<f64>
    %47 = arith.mulf %extracted_161, %cst : f64
    %48 = arith.mulf %47, %extracted_89 : f64
    %49 = arith.mulf %47, %extracted_92 : f64
    %50 = arith.mulf %47, %extracted_95 : f64
    %51 = arith.mulf %47, %extracted_98 : f64
    %52 = arith.mulf %47, %extracted_101 : f64
    %53 = arith.mulf %47, %extracted_104 : f64
    %54 = arith.mulf %47, %extracted_107 : f64
    %55 = arith.mulf %47, %extracted_110 : f64
    %56 = arith.mulf %47, %extracted_113 : f64
    %57 = arith.mulf %47, %extracted_116 : f64
    %58 = arith.mulf %47, %extracted_119 : f64
    %59 = arith.mulf %47, %extracted_122 : f64
    %60 = arith.mulf %47, %extracted_125 : f64
    %61 = arith.mulf %47, %extracted_128 : f64
    %62 = arith.mulf %47, %extracted_131 : f64
    %63 = arith.mulf %47, %extracted_134 : f64
    %64 = arith.mulf %47, %extracted_137 : f64
    %65 = arith.mulf %47, %extracted_140 : f64
    %66 = arith.mulf %47, %extracted_143 : f64
    %67 = arith.mulf %47, %extracted_146 : f64
    %68 = arith.mulf %47, %extracted_149 : f64
    quantum.device shots(%c0_i64) ["/work/main/.venv/lib/python3.11/site-packages/pennylane_lightning/liblightning_qubit_catalyst.so", "LightningSimulator", "{'mcmc': False, 'num_burnin': 0, 'kernel_name': None}"]
    %69 = quantum.alloc( 14) : !quantum.reg
    %70 = quantum.extract %69[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits = quantum.custom "Hadamard"() %70 : !quantum.bit
    %71 = quantum.extract %69[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_162 = quantum.custom "Hadamard"() %71 : !quantum.bit
    %72 = quantum.extract %69[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_163 = quantum.custom "Hadamard"() %72 : !quantum.bit
    %73 = quantum.extract %69[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_164 = quantum.custom "Hadamard"() %73 : !quantum.bit
    %74 = quantum.extract %69[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_165 = quantum.custom "Hadamard"() %74 : !quantum.bit
    %75 = quantum.extract %69[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_166 = quantum.custom "Hadamard"() %75 : !quantum.bit
    %76 = quantum.extract %69[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_167 = quantum.custom "Hadamard"() %76 : !quantum.bit
    %77 = quantum.extract %69[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_168 = quantum.custom "Hadamard"() %77 : !quantum.bit
    %78 = quantum.extract %69[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_169 = quantum.custom "Hadamard"() %78 : !quantum.bit
    %79 = quantum.extract %69[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_170 = quantum.custom "Hadamard"() %79 : !quantum.bit
    %80 = quantum.extract %69[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_171 = quantum.custom "Hadamard"() %80 : !quantum.bit
    %81 = quantum.extract %69[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_172 = quantum.custom "Hadamard"() %81 : !quantum.bit
    %82 = quantum.extract %69[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_173 = quantum.custom "Hadamard"() %82 : !quantum.bit
    %83 = quantum.extract %69[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_174 = quantum.custom "Hadamard"() %83 : !quantum.bit
    %84 = quantum.insert %69[ 0], %out_qubits_174 : !quantum.reg, !quantum.bit
    %85 = quantum.insert %84[ 1], %out_qubits_173 : !quantum.reg, !quantum.bit
    %86 = quantum.insert %85[ 2], %out_qubits_172 : !quantum.reg, !quantum.bit
    %87 = quantum.insert %86[ 3], %out_qubits_171 : !quantum.reg, !quantum.bit
    %88 = quantum.insert %87[ 4], %out_qubits_170 : !quantum.reg, !quantum.bit
    %89 = quantum.insert %88[ 5], %out_qubits_169 : !quantum.reg, !quantum.bit
    %90 = quantum.insert %89[ 6], %out_qubits_168 : !quantum.reg, !quantum.bit
    %91 = quantum.insert %90[ 7], %out_qubits_167 : !quantum.reg, !quantum.bit
    %92 = quantum.insert %91[ 8], %out_qubits_166 : !quantum.reg, !quantum.bit
    %93 = quantum.insert %92[ 9], %out_qubits_165 : !quantum.reg, !quantum.bit
    %94 = quantum.insert %93[ 10], %out_qubits_164 : !quantum.reg, !quantum.bit
    %95 = quantum.insert %94[ 11], %out_qubits_163 : !quantum.reg, !quantum.bit
    %96 = quantum.insert %95[ 12], %out_qubits_162 : !quantum.reg, !quantum.bit
    %97 = quantum.insert %96[ 13], %out_qubits : !quantum.reg, !quantum.bit
    %extracted_175 = tensor.extract %collapsed[] : tensor<i64>
    %98 = quantum.extract %97[%extracted_175] : !quantum.reg -> !quantum.bit
    %extracted_176 = tensor.extract %collapsed_1[] : tensor<i64>
    %99 = quantum.extract %97[%extracted_176] : !quantum.reg -> !quantum.bit
    %out_qubits_177:2 = quantum.multirz(%68) %98, %99 : !quantum.bit, !quantum.bit
    %100 = quantum.insert %97[%extracted_175], %out_qubits_177#0 : !quantum.reg, !quantum.bit
    %101 = quantum.insert %100[%extracted_176], %out_qubits_177#1 : !quantum.reg, !quantum.bit
    %extracted_178 = tensor.extract %collapsed_3[] : tensor<i64>
    %102 = quantum.extract %101[%extracted_178] : !quantum.reg -> !quantum.bit
    %extracted_179 = tensor.extract %collapsed_5[] : tensor<i64>
    %103 = quantum.extract %101[%extracted_179] : !quantum.reg -> !quantum.bit
    %out_qubits_180:2 = quantum.multirz(%67) %102, %103 : !quantum.bit, !quantum.bit
    %104 = quantum.insert %101[%extracted_178], %out_qubits_180#0 : !quantum.reg, !quantum.bit
    %105 = quantum.insert %104[%extracted_179], %out_qubits_180#1 : !quantum.reg, !quantum.bit
    %extracted_181 = tensor.extract %collapsed_7[] : tensor<i64>
    %106 = quantum.extract %105[%extracted_181] : !quantum.reg -> !quantum.bit
    %extracted_182 = tensor.extract %collapsed_9[] : tensor<i64>
    %107 = quantum.extract %105[%extracted_182] : !quantum.reg -> !quantum.bit
    %out_qubits_183:2 = quantum.multirz(%66) %106, %107 : !quantum.bit, !quantum.bit
    %108 = quantum.insert %105[%extracted_181], %out_qubits_183#0 : !quantum.reg, !quantum.bit
    %109 = quantum.insert %108[%extracted_182], %out_qubits_183#1 : !quantum.reg, !quantum.bit
    %extracted_184 = tensor.extract %collapsed_11[] : tensor<i64>
    %110 = quantum.extract %109[%extracted_184] : !quantum.reg -> !quantum.bit
    %extracted_185 = tensor.extract %collapsed_13[] : tensor<i64>
    %111 = quantum.extract %109[%extracted_185] : !quantum.reg -> !quantum.bit
    %out_qubits_186:2 = quantum.multirz(%65) %110, %111 : !quantum.bit, !quantum.bit
    %112 = quantum.insert %109[%extracted_184], %out_qubits_186#0 : !quantum.reg, !quantum.bit
    %113 = quantum.insert %112[%extracted_185], %out_qubits_186#1 : !quantum.reg, !quantum.bit
    %extracted_187 = tensor.extract %collapsed_15[] : tensor<i64>
    %114 = quantum.extract %113[%extracted_187] : !quantum.reg -> !quantum.bit
    %extracted_188 = tensor.extract %collapsed_17[] : tensor<i64>
    %115 = quantum.extract %113[%extracted_188] : !quantum.reg -> !quantum.bit
    %out_qubits_189:2 = quantum.multirz(%64) %114, %115 : !quantum.bit, !quantum.bit
    %116 = quantum.insert %113[%extracted_187], %out_qubits_189#0 : !quantum.reg, !quantum.bit
    %117 = quantum.insert %116[%extracted_188], %out_qubits_189#1 : !quantum.reg, !quantum.bit
    %extracted_190 = tensor.extract %collapsed_19[] : tensor<i64>
    %118 = quantum.extract %117[%extracted_190] : !quantum.reg -> !quantum.bit
    %extracted_191 = tensor.extract %collapsed_21[] : tensor<i64>
    %119 = quantum.extract %117[%extracted_191] : !quantum.reg -> !quantum.bit
    %out_qubits_192:2 = quantum.multirz(%63) %118, %119 : !quantum.bit, !quantum.bit
    %120 = quantum.insert %117[%extracted_190], %out_qubits_192#0 : !quantum.reg, !quantum.bit
    %121 = quantum.insert %120[%extracted_191], %out_qubits_192#1 : !quantum.reg, !quantum.bit
    %extracted_193 = tensor.extract %collapsed_23[] : tensor<i64>
    %122 = quantum.extract %121[%extracted_193] : !quantum.reg -> !quantum.bit
    %extracted_194 = tensor.extract %collapsed_25[] : tensor<i64>
    %123 = quantum.extract %121[%extracted_194] : !quantum.reg -> !quantum.bit
    %out_qubits_195:2 = quantum.multirz(%62) %122, %123 : !quantum.bit, !quantum.bit
    %124 = quantum.insert %121[%extracted_193], %out_qubits_195#0 : !quantum.reg, !quantum.bit
    %125 = quantum.insert %124[%extracted_194], %out_qubits_195#1 : !quantum.reg, !quantum.bit
    %extracted_196 = tensor.extract %collapsed_27[] : tensor<i64>
    %126 = quantum.extract %125[%extracted_196] : !quantum.reg -> !quantum.bit
    %extracted_197 = tensor.extract %collapsed_29[] : tensor<i64>
    %127 = quantum.extract %125[%extracted_197] : !quantum.reg -> !quantum.bit
    %out_qubits_198:2 = quantum.multirz(%61) %126, %127 : !quantum.bit, !quantum.bit
    %128 = quantum.insert %125[%extracted_196], %out_qubits_198#0 : !quantum.reg, !quantum.bit
    %129 = quantum.insert %128[%extracted_197], %out_qubits_198#1 : !quantum.reg, !quantum.bit
    %extracted_199 = tensor.extract %collapsed_31[] : tensor<i64>
    %130 = quantum.extract %129[%extracted_199] : !quantum.reg -> !quantum.bit
    %extracted_200 = tensor.extract %collapsed_33[] : tensor<i64>
    %131 = quantum.extract %129[%extracted_200] : !quantum.reg -> !quantum.bit
    %out_qubits_201:2 = quantum.multirz(%60) %130, %131 : !quantum.bit, !quantum.bit
    %132 = quantum.insert %129[%extracted_199], %out_qubits_201#0 : !quantum.reg, !quantum.bit
    %133 = quantum.insert %132[%extracted_200], %out_qubits_201#1 : !quantum.reg, !quantum.bit
    %extracted_202 = tensor.extract %collapsed_35[] : tensor<i64>
    %134 = quantum.extract %133[%extracted_202] : !quantum.reg -> !quantum.bit
    %extracted_203 = tensor.extract %collapsed_37[] : tensor<i64>
    %135 = quantum.extract %133[%extracted_203] : !quantum.reg -> !quantum.bit
    %out_qubits_204:2 = quantum.multirz(%59) %134, %135 : !quantum.bit, !quantum.bit
    %136 = quantum.insert %133[%extracted_202], %out_qubits_204#0 : !quantum.reg, !quantum.bit
    %137 = quantum.insert %136[%extracted_203], %out_qubits_204#1 : !quantum.reg, !quantum.bit
    %extracted_205 = tensor.extract %collapsed_39[] : tensor<i64>
    %138 = quantum.extract %137[%extracted_205] : !quantum.reg -> !quantum.bit
    %extracted_206 = tensor.extract %collapsed_41[] : tensor<i64>
    %139 = quantum.extract %137[%extracted_206] : !quantum.reg -> !quantum.bit
    %out_qubits_207:2 = quantum.multirz(%58) %138, %139 : !quantum.bit, !quantum.bit
    %140 = quantum.insert %137[%extracted_205], %out_qubits_207#0 : !quantum.reg, !quantum.bit
    %141 = quantum.insert %140[%extracted_206], %out_qubits_207#1 : !quantum.reg, !quantum.bit
    %extracted_208 = tensor.extract %collapsed_43[] : tensor<i64>
    %142 = quantum.extract %141[%extracted_208] : !quantum.reg -> !quantum.bit
    %extracted_209 = tensor.extract %collapsed_45[] : tensor<i64>
    %143 = quantum.extract %141[%extracted_209] : !quantum.reg -> !quantum.bit
    %out_qubits_210:2 = quantum.multirz(%57) %142, %143 : !quantum.bit, !quantum.bit
    %144 = quantum.insert %141[%extracted_208], %out_qubits_210#0 : !quantum.reg, !quantum.bit
    %145 = quantum.insert %144[%extracted_209], %out_qubits_210#1 : !quantum.reg, !quantum.bit
    %extracted_211 = tensor.extract %collapsed_47[] : tensor<i64>
    %146 = quantum.extract %145[%extracted_211] : !quantum.reg -> !quantum.bit
    %extracted_212 = tensor.extract %collapsed_49[] : tensor<i64>
    %147 = quantum.extract %145[%extracted_212] : !quantum.reg -> !quantum.bit
    %out_qubits_213:2 = quantum.multirz(%56) %146, %147 : !quantum.bit, !quantum.bit
    %148 = quantum.insert %145[%extracted_211], %out_qubits_213#0 : !quantum.reg, !quantum.bit
    %149 = quantum.insert %148[%extracted_212], %out_qubits_213#1 : !quantum.reg, !quantum.bit
    %extracted_214 = tensor.extract %collapsed_51[] : tensor<i64>
    %150 = quantum.extract %149[%extracted_214] : !quantum.reg -> !quantum.bit
    %extracted_215 = tensor.extract %collapsed_53[] : tensor<i64>
    %151 = quantum.extract %149[%extracted_215] : !quantum.reg -> !quantum.bit
    %out_qubits_216:2 = quantum.multirz(%55) %150, %151 : !quantum.bit, !quantum.bit
    %152 = quantum.insert %149[%extracted_214], %out_qubits_216#0 : !quantum.reg, !quantum.bit
    %153 = quantum.insert %152[%extracted_215], %out_qubits_216#1 : !quantum.reg, !quantum.bit
    %extracted_217 = tensor.extract %collapsed_55[] : tensor<i64>
    %154 = quantum.extract %153[%extracted_217] : !quantum.reg -> !quantum.bit
    %extracted_218 = tensor.extract %collapsed_57[] : tensor<i64>
    %155 = quantum.extract %153[%extracted_218] : !quantum.reg -> !quantum.bit
    %out_qubits_219:2 = quantum.multirz(%54) %154, %155 : !quantum.bit, !quantum.bit
    %156 = quantum.insert %153[%extracted_217], %out_qubits_219#0 : !quantum.reg, !quantum.bit
    %157 = quantum.insert %156[%extracted_218], %out_qubits_219#1 : !quantum.reg, !quantum.bit
    %extracted_220 = tensor.extract %collapsed_59[] : tensor<i64>
    %158 = quantum.extract %157[%extracted_220] : !quantum.reg -> !quantum.bit
    %extracted_221 = tensor.extract %collapsed_61[] : tensor<i64>
    %159 = quantum.extract %157[%extracted_221] : !quantum.reg -> !quantum.bit
    %out_qubits_222:2 = quantum.multirz(%53) %158, %159 : !quantum.bit, !quantum.bit
    %160 = quantum.insert %157[%extracted_220], %out_qubits_222#0 : !quantum.reg, !quantum.bit
    %161 = quantum.insert %160[%extracted_221], %out_qubits_222#1 : !quantum.reg, !quantum.bit
    %extracted_223 = tensor.extract %collapsed_63[] : tensor<i64>
    %162 = quantum.extract %161[%extracted_223] : !quantum.reg -> !quantum.bit
    %extracted_224 = tensor.extract %collapsed_65[] : tensor<i64>
    %163 = quantum.extract %161[%extracted_224] : !quantum.reg -> !quantum.bit
    %out_qubits_225:2 = quantum.multirz(%52) %162, %163 : !quantum.bit, !quantum.bit
    %164 = quantum.insert %161[%extracted_223], %out_qubits_225#0 : !quantum.reg, !quantum.bit
    %165 = quantum.insert %164[%extracted_224], %out_qubits_225#1 : !quantum.reg, !quantum.bit
    %extracted_226 = tensor.extract %collapsed_67[] : tensor<i64>
    %166 = quantum.extract %165[%extracted_226] : !quantum.reg -> !quantum.bit
    %extracted_227 = tensor.extract %collapsed_69[] : tensor<i64>
    %167 = quantum.extract %165[%extracted_227] : !quantum.reg -> !quantum.bit
    %out_qubits_228:2 = quantum.multirz(%51) %166, %167 : !quantum.bit, !quantum.bit
    %168 = quantum.insert %165[%extracted_226], %out_qubits_228#0 : !quantum.reg, !quantum.bit
    %169 = quantum.insert %168[%extracted_227], %out_qubits_228#1 : !quantum.reg, !quantum.bit
    %extracted_229 = tensor.extract %collapsed_71[] : tensor<i64>
    %170 = quantum.extract %169[%extracted_229] : !quantum.reg -> !quantum.bit
    %extracted_230 = tensor.extract %collapsed_73[] : tensor<i64>
    %171 = quantum.extract %169[%extracted_230] : !quantum.reg -> !quantum.bit
    %out_qubits_231:2 = quantum.multirz(%50) %170, %171 : !quantum.bit, !quantum.bit
    %172 = quantum.insert %169[%extracted_229], %out_qubits_231#0 : !quantum.reg, !quantum.bit
    %173 = quantum.insert %172[%extracted_230], %out_qubits_231#1 : !quantum.reg, !quantum.bit
    %extracted_232 = tensor.extract %collapsed_75[] : tensor<i64>
    %174 = quantum.extract %173[%extracted_232] : !quantum.reg -> !quantum.bit
    %extracted_233 = tensor.extract %collapsed_77[] : tensor<i64>
    %175 = quantum.extract %173[%extracted_233] : !quantum.reg -> !quantum.bit
    %out_qubits_234:2 = quantum.multirz(%49) %174, %175 : !quantum.bit, !quantum.bit
    %176 = quantum.insert %173[%extracted_232], %out_qubits_234#0 : !quantum.reg, !quantum.bit
    %177 = quantum.insert %176[%extracted_233], %out_qubits_234#1 : !quantum.reg, !quantum.bit
    %extracted_235 = tensor.extract %collapsed_79[] : tensor<i64>
    %178 = quantum.extract %177[%extracted_235] : !quantum.reg -> !quantum.bit
    %extracted_236 = tensor.extract %collapsed_81[] : tensor<i64>
    %179 = quantum.extract %177[%extracted_236] : !quantum.reg -> !quantum.bit
    %out_qubits_237:2 = quantum.multirz(%48) %178, %179 : !quantum.bit, !quantum.bit
    %180 = quantum.insert %177[%extracted_235], %out_qubits_237#0 : !quantum.reg, !quantum.bit
    %181 = quantum.insert %180[%extracted_236], %out_qubits_237#1 : !quantum.reg, !quantum.bit
    %182 = quantum.extract %181[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_238 = quantum.custom "RX"(%46) %182 : !quantum.bit
    %183 = quantum.extract %181[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_239 = quantum.custom "RX"(%46) %183 : !quantum.bit
    %184 = quantum.extract %181[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_240 = quantum.custom "RX"(%46) %184 : !quantum.bit
    %185 = quantum.extract %181[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_241 = quantum.custom "RX"(%46) %185 : !quantum.bit
    %186 = quantum.extract %181[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_242 = quantum.custom "RX"(%46) %186 : !quantum.bit
    %187 = quantum.extract %181[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_243 = quantum.custom "RX"(%46) %187 : !quantum.bit
    %188 = quantum.extract %181[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_244 = quantum.custom "RX"(%46) %188 : !quantum.bit
    %189 = quantum.extract %181[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_245 = quantum.custom "RX"(%46) %189 : !quantum.bit
    %190 = quantum.extract %181[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_246 = quantum.custom "RX"(%46) %190 : !quantum.bit
    %191 = quantum.extract %181[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_247 = quantum.custom "RX"(%46) %191 : !quantum.bit
    %192 = quantum.extract %181[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_248 = quantum.custom "RX"(%46) %192 : !quantum.bit
    %193 = quantum.extract %181[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_249 = quantum.custom "RX"(%46) %193 : !quantum.bit
    %194 = quantum.extract %181[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_250 = quantum.custom "RX"(%46) %194 : !quantum.bit
    %195 = quantum.extract %181[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_251 = quantum.custom "RX"(%46) %195 : !quantum.bit
    %196 = quantum.insert %181[ 0], %out_qubits_251 : !quantum.reg, !quantum.bit
    %197 = quantum.insert %196[ 1], %out_qubits_250 : !quantum.reg, !quantum.bit
    %198 = quantum.insert %197[ 2], %out_qubits_249 : !quantum.reg, !quantum.bit
    %199 = quantum.insert %198[ 3], %out_qubits_248 : !quantum.reg, !quantum.bit
    %200 = quantum.insert %199[ 4], %out_qubits_247 : !quantum.reg, !quantum.bit
    %201 = quantum.insert %200[ 5], %out_qubits_246 : !quantum.reg, !quantum.bit
    %202 = quantum.insert %201[ 6], %out_qubits_245 : !quantum.reg, !quantum.bit
    %203 = quantum.insert %202[ 7], %out_qubits_244 : !quantum.reg, !quantum.bit
    %204 = quantum.insert %203[ 8], %out_qubits_243 : !quantum.reg, !quantum.bit
    %205 = quantum.insert %204[ 9], %out_qubits_242 : !quantum.reg, !quantum.bit
    %206 = quantum.insert %205[ 10], %out_qubits_241 : !quantum.reg, !quantum.bit
    %207 = quantum.insert %206[ 11], %out_qubits_240 : !quantum.reg, !quantum.bit
    %208 = quantum.insert %207[ 12], %out_qubits_239 : !quantum.reg, !quantum.bit
    %209 = quantum.insert %208[ 13], %out_qubits_238 : !quantum.reg, !quantum.bit
    %210 = quantum.extract %209[%extracted_175] : !quantum.reg -> !quantum.bit
    %211 = quantum.extract %209[%extracted_176] : !quantum.reg -> !quantum.bit
    %out_qubits_252:2 = quantum.multirz(%45) %210, %211 : !quantum.bit, !quantum.bit
    %212 = quantum.insert %209[%extracted_175], %out_qubits_252#0 : !quantum.reg, !quantum.bit
    %213 = quantum.insert %212[%extracted_176], %out_qubits_252#1 : !quantum.reg, !quantum.bit
    %214 = quantum.extract %213[%extracted_178] : !quantum.reg -> !quantum.bit
    %215 = quantum.extract %213[%extracted_179] : !quantum.reg -> !quantum.bit
    %out_qubits_253:2 = quantum.multirz(%44) %214, %215 : !quantum.bit, !quantum.bit
    %216 = quantum.insert %213[%extracted_178], %out_qubits_253#0 : !quantum.reg, !quantum.bit
    %217 = quantum.insert %216[%extracted_179], %out_qubits_253#1 : !quantum.reg, !quantum.bit
    %218 = quantum.extract %217[%extracted_181] : !quantum.reg -> !quantum.bit
    %219 = quantum.extract %217[%extracted_182] : !quantum.reg -> !quantum.bit
    %out_qubits_254:2 = quantum.multirz(%43) %218, %219 : !quantum.bit, !quantum.bit
    %220 = quantum.insert %217[%extracted_181], %out_qubits_254#0 : !quantum.reg, !quantum.bit
    %221 = quantum.insert %220[%extracted_182], %out_qubits_254#1 : !quantum.reg, !quantum.bit
    %222 = quantum.extract %221[%extracted_184] : !quantum.reg -> !quantum.bit
    %223 = quantum.extract %221[%extracted_185] : !quantum.reg -> !quantum.bit
    %out_qubits_255:2 = quantum.multirz(%42) %222, %223 : !quantum.bit, !quantum.bit
    %224 = quantum.insert %221[%extracted_184], %out_qubits_255#0 : !quantum.reg, !quantum.bit
    %225 = quantum.insert %224[%extracted_185], %out_qubits_255#1 : !quantum.reg, !quantum.bit
    %226 = quantum.extract %225[%extracted_187] : !quantum.reg -> !quantum.bit
    %227 = quantum.extract %225[%extracted_188] : !quantum.reg -> !quantum.bit
    %out_qubits_256:2 = quantum.multirz(%41) %226, %227 : !quantum.bit, !quantum.bit
    %228 = quantum.insert %225[%extracted_187], %out_qubits_256#0 : !quantum.reg, !quantum.bit
    %229 = quantum.insert %228[%extracted_188], %out_qubits_256#1 : !quantum.reg, !quantum.bit
    %230 = quantum.extract %229[%extracted_190] : !quantum.reg -> !quantum.bit
    %231 = quantum.extract %229[%extracted_191] : !quantum.reg -> !quantum.bit
    %out_qubits_257:2 = quantum.multirz(%40) %230, %231 : !quantum.bit, !quantum.bit
    %232 = quantum.insert %229[%extracted_190], %out_qubits_257#0 : !quantum.reg, !quantum.bit
    %233 = quantum.insert %232[%extracted_191], %out_qubits_257#1 : !quantum.reg, !quantum.bit
    %234 = quantum.extract %233[%extracted_193] : !quantum.reg -> !quantum.bit
    %235 = quantum.extract %233[%extracted_194] : !quantum.reg -> !quantum.bit
    %out_qubits_258:2 = quantum.multirz(%39) %234, %235 : !quantum.bit, !quantum.bit
    %236 = quantum.insert %233[%extracted_193], %out_qubits_258#0 : !quantum.reg, !quantum.bit
    %237 = quantum.insert %236[%extracted_194], %out_qubits_258#1 : !quantum.reg, !quantum.bit
    %238 = quantum.extract %237[%extracted_196] : !quantum.reg -> !quantum.bit
    %239 = quantum.extract %237[%extracted_197] : !quantum.reg -> !quantum.bit
    %out_qubits_259:2 = quantum.multirz(%38) %238, %239 : !quantum.bit, !quantum.bit
    %240 = quantum.insert %237[%extracted_196], %out_qubits_259#0 : !quantum.reg, !quantum.bit
    %241 = quantum.insert %240[%extracted_197], %out_qubits_259#1 : !quantum.reg, !quantum.bit
    %242 = quantum.extract %241[%extracted_199] : !quantum.reg -> !quantum.bit
    %243 = quantum.extract %241[%extracted_200] : !quantum.reg -> !quantum.bit
    %out_qubits_260:2 = quantum.multirz(%37) %242, %243 : !quantum.bit, !quantum.bit
    %244 = quantum.insert %241[%extracted_199], %out_qubits_260#0 : !quantum.reg, !quantum.bit
    %245 = quantum.insert %244[%extracted_200], %out_qubits_260#1 : !quantum.reg, !quantum.bit
    %246 = quantum.extract %245[%extracted_202] : !quantum.reg -> !quantum.bit
    %247 = quantum.extract %245[%extracted_203] : !quantum.reg -> !quantum.bit
    %out_qubits_261:2 = quantum.multirz(%36) %246, %247 : !quantum.bit, !quantum.bit
    %248 = quantum.insert %245[%extracted_202], %out_qubits_261#0 : !quantum.reg, !quantum.bit
    %249 = quantum.insert %248[%extracted_203], %out_qubits_261#1 : !quantum.reg, !quantum.bit
    %250 = quantum.extract %249[%extracted_205] : !quantum.reg -> !quantum.bit
    %251 = quantum.extract %249[%extracted_206] : !quantum.reg -> !quantum.bit
    %out_qubits_262:2 = quantum.multirz(%35) %250, %251 : !quantum.bit, !quantum.bit
    %252 = quantum.insert %249[%extracted_205], %out_qubits_262#0 : !quantum.reg, !quantum.bit
    %253 = quantum.insert %252[%extracted_206], %out_qubits_262#1 : !quantum.reg, !quantum.bit
    %254 = quantum.extract %253[%extracted_208] : !quantum.reg -> !quantum.bit
    %255 = quantum.extract %253[%extracted_209] : !quantum.reg -> !quantum.bit
    %out_qubits_263:2 = quantum.multirz(%34) %254, %255 : !quantum.bit, !quantum.bit
    %256 = quantum.insert %253[%extracted_208], %out_qubits_263#0 : !quantum.reg, !quantum.bit
    %257 = quantum.insert %256[%extracted_209], %out_qubits_263#1 : !quantum.reg, !quantum.bit
    %258 = quantum.extract %257[%extracted_211] : !quantum.reg -> !quantum.bit
    %259 = quantum.extract %257[%extracted_212] : !quantum.reg -> !quantum.bit
    %out_qubits_264:2 = quantum.multirz(%33) %258, %259 : !quantum.bit, !quantum.bit
    %260 = quantum.insert %257[%extracted_211], %out_qubits_264#0 : !quantum.reg, !quantum.bit
    %261 = quantum.insert %260[%extracted_212], %out_qubits_264#1 : !quantum.reg, !quantum.bit
    %262 = quantum.extract %261[%extracted_214] : !quantum.reg -> !quantum.bit
    %263 = quantum.extract %261[%extracted_215] : !quantum.reg -> !quantum.bit
    %out_qubits_265:2 = quantum.multirz(%32) %262, %263 : !quantum.bit, !quantum.bit
    %264 = quantum.insert %261[%extracted_214], %out_qubits_265#0 : !quantum.reg, !quantum.bit
    %265 = quantum.insert %264[%extracted_215], %out_qubits_265#1 : !quantum.reg, !quantum.bit
    %266 = quantum.extract %265[%extracted_217] : !quantum.reg -> !quantum.bit
    %267 = quantum.extract %265[%extracted_218] : !quantum.reg -> !quantum.bit
    %out_qubits_266:2 = quantum.multirz(%31) %266, %267 : !quantum.bit, !quantum.bit
    %268 = quantum.insert %265[%extracted_217], %out_qubits_266#0 : !quantum.reg, !quantum.bit
    %269 = quantum.insert %268[%extracted_218], %out_qubits_266#1 : !quantum.reg, !quantum.bit
    %270 = quantum.extract %269[%extracted_220] : !quantum.reg -> !quantum.bit
    %271 = quantum.extract %269[%extracted_221] : !quantum.reg -> !quantum.bit
    %out_qubits_267:2 = quantum.multirz(%30) %270, %271 : !quantum.bit, !quantum.bit
    %272 = quantum.insert %269[%extracted_220], %out_qubits_267#0 : !quantum.reg, !quantum.bit
    %273 = quantum.insert %272[%extracted_221], %out_qubits_267#1 : !quantum.reg, !quantum.bit
    %274 = quantum.extract %273[%extracted_223] : !quantum.reg -> !quantum.bit
    %275 = quantum.extract %273[%extracted_224] : !quantum.reg -> !quantum.bit
    %out_qubits_268:2 = quantum.multirz(%29) %274, %275 : !quantum.bit, !quantum.bit
    %276 = quantum.insert %273[%extracted_223], %out_qubits_268#0 : !quantum.reg, !quantum.bit
    %277 = quantum.insert %276[%extracted_224], %out_qubits_268#1 : !quantum.reg, !quantum.bit
    %278 = quantum.extract %277[%extracted_226] : !quantum.reg -> !quantum.bit
    %279 = quantum.extract %277[%extracted_227] : !quantum.reg -> !quantum.bit
    %out_qubits_269:2 = quantum.multirz(%28) %278, %279 : !quantum.bit, !quantum.bit
    %280 = quantum.insert %277[%extracted_226], %out_qubits_269#0 : !quantum.reg, !quantum.bit
    %281 = quantum.insert %280[%extracted_227], %out_qubits_269#1 : !quantum.reg, !quantum.bit
    %282 = quantum.extract %281[%extracted_229] : !quantum.reg -> !quantum.bit
    %283 = quantum.extract %281[%extracted_230] : !quantum.reg -> !quantum.bit
    %out_qubits_270:2 = quantum.multirz(%27) %282, %283 : !quantum.bit, !quantum.bit
    %284 = quantum.insert %281[%extracted_229], %out_qubits_270#0 : !quantum.reg, !quantum.bit
    %285 = quantum.insert %284[%extracted_230], %out_qubits_270#1 : !quantum.reg, !quantum.bit
    %286 = quantum.extract %285[%extracted_232] : !quantum.reg -> !quantum.bit
    %287 = quantum.extract %285[%extracted_233] : !quantum.reg -> !quantum.bit
    %out_qubits_271:2 = quantum.multirz(%26) %286, %287 : !quantum.bit, !quantum.bit
    %288 = quantum.insert %285[%extracted_232], %out_qubits_271#0 : !quantum.reg, !quantum.bit
    %289 = quantum.insert %288[%extracted_233], %out_qubits_271#1 : !quantum.reg, !quantum.bit
    %290 = quantum.extract %289[%extracted_235] : !quantum.reg -> !quantum.bit
    %291 = quantum.extract %289[%extracted_236] : !quantum.reg -> !quantum.bit
    %out_qubits_272:2 = quantum.multirz(%25) %290, %291 : !quantum.bit, !quantum.bit
    %292 = quantum.insert %289[%extracted_235], %out_qubits_272#0 : !quantum.reg, !quantum.bit
    %293 = quantum.insert %292[%extracted_236], %out_qubits_272#1 : !quantum.reg, !quantum.bit
    %294 = quantum.extract %293[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_273 = quantum.custom "RX"(%23) %294 : !quantum.bit
    %295 = quantum.extract %293[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_274 = quantum.custom "RX"(%23) %295 : !quantum.bit
    %296 = quantum.extract %293[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_275 = quantum.custom "RX"(%23) %296 : !quantum.bit
    %297 = quantum.extract %293[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_276 = quantum.custom "RX"(%23) %297 : !quantum.bit
    %298 = quantum.extract %293[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_277 = quantum.custom "RX"(%23) %298 : !quantum.bit
    %299 = quantum.extract %293[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_278 = quantum.custom "RX"(%23) %299 : !quantum.bit
    %300 = quantum.extract %293[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_279 = quantum.custom "RX"(%23) %300 : !quantum.bit
    %301 = quantum.extract %293[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_280 = quantum.custom "RX"(%23) %301 : !quantum.bit
    %302 = quantum.extract %293[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_281 = quantum.custom "RX"(%23) %302 : !quantum.bit
    %303 = quantum.extract %293[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_282 = quantum.custom "RX"(%23) %303 : !quantum.bit
    %304 = quantum.extract %293[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_283 = quantum.custom "RX"(%23) %304 : !quantum.bit
    %305 = quantum.extract %293[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_284 = quantum.custom "RX"(%23) %305 : !quantum.bit
    %306 = quantum.extract %293[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_285 = quantum.custom "RX"(%23) %306 : !quantum.bit
    %307 = quantum.extract %293[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_286 = quantum.custom "RX"(%23) %307 : !quantum.bit
    %308 = quantum.insert %293[ 0], %out_qubits_286 : !quantum.reg, !quantum.bit
    %309 = quantum.insert %308[ 1], %out_qubits_285 : !quantum.reg, !quantum.bit
    %310 = quantum.insert %309[ 2], %out_qubits_284 : !quantum.reg, !quantum.bit
    %311 = quantum.insert %310[ 3], %out_qubits_283 : !quantum.reg, !quantum.bit
    %312 = quantum.insert %311[ 4], %out_qubits_282 : !quantum.reg, !quantum.bit
    %313 = quantum.insert %312[ 5], %out_qubits_281 : !quantum.reg, !quantum.bit
    %314 = quantum.insert %313[ 6], %out_qubits_280 : !quantum.reg, !quantum.bit
    %315 = quantum.insert %314[ 7], %out_qubits_279 : !quantum.reg, !quantum.bit
    %316 = quantum.insert %315[ 8], %out_qubits_278 : !quantum.reg, !quantum.bit
    %317 = quantum.insert %316[ 9], %out_qubits_277 : !quantum.reg, !quantum.bit
    %318 = quantum.insert %317[ 10], %out_qubits_276 : !quantum.reg, !quantum.bit
    %319 = quantum.insert %318[ 11], %out_qubits_275 : !quantum.reg, !quantum.bit
    %320 = quantum.insert %319[ 12], %out_qubits_274 : !quantum.reg, !quantum.bit
    %321 = quantum.insert %320[ 13], %out_qubits_273 : !quantum.reg, !quantum.bit
    %322 = quantum.extract %321[%extracted_175] : !quantum.reg -> !quantum.bit
    %323 = quantum.extract %321[%extracted_176] : !quantum.reg -> !quantum.bit
    %out_qubits_287:2 = quantum.multirz(%22) %322, %323 : !quantum.bit, !quantum.bit
    %324 = quantum.insert %321[%extracted_175], %out_qubits_287#0 : !quantum.reg, !quantum.bit
    %325 = quantum.insert %324[%extracted_176], %out_qubits_287#1 : !quantum.reg, !quantum.bit
    %326 = quantum.extract %325[%extracted_178] : !quantum.reg -> !quantum.bit
    %327 = quantum.extract %325[%extracted_179] : !quantum.reg -> !quantum.bit
    %out_qubits_288:2 = quantum.multirz(%21) %326, %327 : !quantum.bit, !quantum.bit
    %328 = quantum.insert %325[%extracted_178], %out_qubits_288#0 : !quantum.reg, !quantum.bit
    %329 = quantum.insert %328[%extracted_179], %out_qubits_288#1 : !quantum.reg, !quantum.bit
    %330 = quantum.extract %329[%extracted_181] : !quantum.reg -> !quantum.bit
    %331 = quantum.extract %329[%extracted_182] : !quantum.reg -> !quantum.bit
    %out_qubits_289:2 = quantum.multirz(%20) %330, %331 : !quantum.bit, !quantum.bit
    %332 = quantum.insert %329[%extracted_181], %out_qubits_289#0 : !quantum.reg, !quantum.bit
    %333 = quantum.insert %332[%extracted_182], %out_qubits_289#1 : !quantum.reg, !quantum.bit
    %334 = quantum.extract %333[%extracted_184] : !quantum.reg -> !quantum.bit
    %335 = quantum.extract %333[%extracted_185] : !quantum.reg -> !quantum.bit
    %out_qubits_290:2 = quantum.multirz(%19) %334, %335 : !quantum.bit, !quantum.bit
    %336 = quantum.insert %333[%extracted_184], %out_qubits_290#0 : !quantum.reg, !quantum.bit
    %337 = quantum.insert %336[%extracted_185], %out_qubits_290#1 : !quantum.reg, !quantum.bit
    %338 = quantum.extract %337[%extracted_187] : !quantum.reg -> !quantum.bit
    %339 = quantum.extract %337[%extracted_188] : !quantum.reg -> !quantum.bit
    %out_qubits_291:2 = quantum.multirz(%18) %338, %339 : !quantum.bit, !quantum.bit
    %340 = quantum.insert %337[%extracted_187], %out_qubits_291#0 : !quantum.reg, !quantum.bit
    %341 = quantum.insert %340[%extracted_188], %out_qubits_291#1 : !quantum.reg, !quantum.bit
    %342 = quantum.extract %341[%extracted_190] : !quantum.reg -> !quantum.bit
    %343 = quantum.extract %341[%extracted_191] : !quantum.reg -> !quantum.bit
    %out_qubits_292:2 = quantum.multirz(%17) %342, %343 : !quantum.bit, !quantum.bit
    %344 = quantum.insert %341[%extracted_190], %out_qubits_292#0 : !quantum.reg, !quantum.bit
    %345 = quantum.insert %344[%extracted_191], %out_qubits_292#1 : !quantum.reg, !quantum.bit
    %346 = quantum.extract %345[%extracted_193] : !quantum.reg -> !quantum.bit
    %347 = quantum.extract %345[%extracted_194] : !quantum.reg -> !quantum.bit
    %out_qubits_293:2 = quantum.multirz(%16) %346, %347 : !quantum.bit, !quantum.bit
    %348 = quantum.insert %345[%extracted_193], %out_qubits_293#0 : !quantum.reg, !quantum.bit
    %349 = quantum.insert %348[%extracted_194], %out_qubits_293#1 : !quantum.reg, !quantum.bit
    %350 = quantum.extract %349[%extracted_196] : !quantum.reg -> !quantum.bit
    %351 = quantum.extract %349[%extracted_197] : !quantum.reg -> !quantum.bit
    %out_qubits_294:2 = quantum.multirz(%15) %350, %351 : !quantum.bit, !quantum.bit
    %352 = quantum.insert %349[%extracted_196], %out_qubits_294#0 : !quantum.reg, !quantum.bit
    %353 = quantum.insert %352[%extracted_197], %out_qubits_294#1 : !quantum.reg, !quantum.bit
    %354 = quantum.extract %353[%extracted_199] : !quantum.reg -> !quantum.bit
    %355 = quantum.extract %353[%extracted_200] : !quantum.reg -> !quantum.bit
    %out_qubits_295:2 = quantum.multirz(%14) %354, %355 : !quantum.bit, !quantum.bit
    %356 = quantum.insert %353[%extracted_199], %out_qubits_295#0 : !quantum.reg, !quantum.bit
    %357 = quantum.insert %356[%extracted_200], %out_qubits_295#1 : !quantum.reg, !quantum.bit
    %358 = quantum.extract %357[%extracted_202] : !quantum.reg -> !quantum.bit
    %359 = quantum.extract %357[%extracted_203] : !quantum.reg -> !quantum.bit
    %out_qubits_296:2 = quantum.multirz(%13) %358, %359 : !quantum.bit, !quantum.bit
    %360 = quantum.insert %357[%extracted_202], %out_qubits_296#0 : !quantum.reg, !quantum.bit
    %361 = quantum.insert %360[%extracted_203], %out_qubits_296#1 : !quantum.reg, !quantum.bit
    %362 = quantum.extract %361[%extracted_205] : !quantum.reg -> !quantum.bit
    %363 = quantum.extract %361[%extracted_206] : !quantum.reg -> !quantum.bit
    %out_qubits_297:2 = quantum.multirz(%12) %362, %363 : !quantum.bit, !quantum.bit
    %364 = quantum.insert %361[%extracted_205], %out_qubits_297#0 : !quantum.reg, !quantum.bit
    %365 = quantum.insert %364[%extracted_206], %out_qubits_297#1 : !quantum.reg, !quantum.bit
    %366 = quantum.extract %365[%extracted_208] : !quantum.reg -> !quantum.bit
    %367 = quantum.extract %365[%extracted_209] : !quantum.reg -> !quantum.bit
    %out_qubits_298:2 = quantum.multirz(%11) %366, %367 : !quantum.bit, !quantum.bit
    %368 = quantum.insert %365[%extracted_208], %out_qubits_298#0 : !quantum.reg, !quantum.bit
    %369 = quantum.insert %368[%extracted_209], %out_qubits_298#1 : !quantum.reg, !quantum.bit
    %370 = quantum.extract %369[%extracted_211] : !quantum.reg -> !quantum.bit
    %371 = quantum.extract %369[%extracted_212] : !quantum.reg -> !quantum.bit
    %out_qubits_299:2 = quantum.multirz(%10) %370, %371 : !quantum.bit, !quantum.bit
    %372 = quantum.insert %369[%extracted_211], %out_qubits_299#0 : !quantum.reg, !quantum.bit
    %373 = quantum.insert %372[%extracted_212], %out_qubits_299#1 : !quantum.reg, !quantum.bit
    %374 = quantum.extract %373[%extracted_214] : !quantum.reg -> !quantum.bit
    %375 = quantum.extract %373[%extracted_215] : !quantum.reg -> !quantum.bit
    %out_qubits_300:2 = quantum.multirz(%9) %374, %375 : !quantum.bit, !quantum.bit
    %376 = quantum.insert %373[%extracted_214], %out_qubits_300#0 : !quantum.reg, !quantum.bit
    %377 = quantum.insert %376[%extracted_215], %out_qubits_300#1 : !quantum.reg, !quantum.bit
    %378 = quantum.extract %377[%extracted_217] : !quantum.reg -> !quantum.bit
    %379 = quantum.extract %377[%extracted_218] : !quantum.reg -> !quantum.bit
    %out_qubits_301:2 = quantum.multirz(%8) %378, %379 : !quantum.bit, !quantum.bit
    %380 = quantum.insert %377[%extracted_217], %out_qubits_301#0 : !quantum.reg, !quantum.bit
    %381 = quantum.insert %380[%extracted_218], %out_qubits_301#1 : !quantum.reg, !quantum.bit
    %382 = quantum.extract %381[%extracted_220] : !quantum.reg -> !quantum.bit
    %383 = quantum.extract %381[%extracted_221] : !quantum.reg -> !quantum.bit
    %out_qubits_302:2 = quantum.multirz(%7) %382, %383 : !quantum.bit, !quantum.bit
    %384 = quantum.insert %381[%extracted_220], %out_qubits_302#0 : !quantum.reg, !quantum.bit
    %385 = quantum.insert %384[%extracted_221], %out_qubits_302#1 : !quantum.reg, !quantum.bit
    %386 = quantum.extract %385[%extracted_223] : !quantum.reg -> !quantum.bit
    %387 = quantum.extract %385[%extracted_224] : !quantum.reg -> !quantum.bit
    %out_qubits_303:2 = quantum.multirz(%6) %386, %387 : !quantum.bit, !quantum.bit
    %388 = quantum.insert %385[%extracted_223], %out_qubits_303#0 : !quantum.reg, !quantum.bit
    %389 = quantum.insert %388[%extracted_224], %out_qubits_303#1 : !quantum.reg, !quantum.bit
    %390 = quantum.extract %389[%extracted_226] : !quantum.reg -> !quantum.bit
    %391 = quantum.extract %389[%extracted_227] : !quantum.reg -> !quantum.bit
    %out_qubits_304:2 = quantum.multirz(%5) %390, %391 : !quantum.bit, !quantum.bit
    %392 = quantum.insert %389[%extracted_226], %out_qubits_304#0 : !quantum.reg, !quantum.bit
    %393 = quantum.insert %392[%extracted_227], %out_qubits_304#1 : !quantum.reg, !quantum.bit
    %394 = quantum.extract %393[%extracted_229] : !quantum.reg -> !quantum.bit
    %395 = quantum.extract %393[%extracted_230] : !quantum.reg -> !quantum.bit
    %out_qubits_305:2 = quantum.multirz(%4) %394, %395 : !quantum.bit, !quantum.bit
    %396 = quantum.insert %393[%extracted_229], %out_qubits_305#0 : !quantum.reg, !quantum.bit
    %397 = quantum.insert %396[%extracted_230], %out_qubits_305#1 : !quantum.reg, !quantum.bit
    %398 = quantum.extract %397[%extracted_232] : !quantum.reg -> !quantum.bit
    %399 = quantum.extract %397[%extracted_233] : !quantum.reg -> !quantum.bit
    %out_qubits_306:2 = quantum.multirz(%3) %398, %399 : !quantum.bit, !quantum.bit
    %400 = quantum.insert %397[%extracted_232], %out_qubits_306#0 : !quantum.reg, !quantum.bit
    %401 = quantum.insert %400[%extracted_233], %out_qubits_306#1 : !quantum.reg, !quantum.bit
    %402 = quantum.extract %401[%extracted_235] : !quantum.reg -> !quantum.bit
    %403 = quantum.extract %401[%extracted_236] : !quantum.reg -> !quantum.bit
    %out_qubits_307:2 = quantum.multirz(%2) %402, %403 : !quantum.bit, !quantum.bit
    %404 = quantum.insert %401[%extracted_235], %out_qubits_307#0 : !quantum.reg, !quantum.bit
    %405 = quantum.insert %404[%extracted_236], %out_qubits_307#1 : !quantum.reg, !quantum.bit
    %406 = quantum.extract %405[ 0] : !quantum.reg -> !quantum.bit
    %out_qubits_308 = quantum.custom "RX"(%0) %406 : !quantum.bit
    %407 = quantum.extract %405[ 1] : !quantum.reg -> !quantum.bit
    %out_qubits_309 = quantum.custom "RX"(%0) %407 : !quantum.bit
    %408 = quantum.extract %405[ 2] : !quantum.reg -> !quantum.bit
    %out_qubits_310 = quantum.custom "RX"(%0) %408 : !quantum.bit
    %409 = quantum.extract %405[ 3] : !quantum.reg -> !quantum.bit
    %out_qubits_311 = quantum.custom "RX"(%0) %409 : !quantum.bit
    %410 = quantum.extract %405[ 4] : !quantum.reg -> !quantum.bit
    %out_qubits_312 = quantum.custom "RX"(%0) %410 : !quantum.bit
    %411 = quantum.extract %405[ 5] : !quantum.reg -> !quantum.bit
    %out_qubits_313 = quantum.custom "RX"(%0) %411 : !quantum.bit
    %412 = quantum.extract %405[ 6] : !quantum.reg -> !quantum.bit
    %out_qubits_314 = quantum.custom "RX"(%0) %412 : !quantum.bit
    %413 = quantum.extract %405[ 7] : !quantum.reg -> !quantum.bit
    %out_qubits_315 = quantum.custom "RX"(%0) %413 : !quantum.bit
    %414 = quantum.extract %405[ 8] : !quantum.reg -> !quantum.bit
    %out_qubits_316 = quantum.custom "RX"(%0) %414 : !quantum.bit
    %415 = quantum.extract %405[ 9] : !quantum.reg -> !quantum.bit
    %out_qubits_317 = quantum.custom "RX"(%0) %415 : !quantum.bit
    %416 = quantum.extract %405[ 10] : !quantum.reg -> !quantum.bit
    %out_qubits_318 = quantum.custom "RX"(%0) %416 : !quantum.bit
    %417 = quantum.extract %405[ 11] : !quantum.reg -> !quantum.bit
    %out_qubits_319 = quantum.custom "RX"(%0) %417 : !quantum.bit
    %418 = quantum.extract %405[ 12] : !quantum.reg -> !quantum.bit
    %out_qubits_320 = quantum.custom "RX"(%0) %418 : !quantum.bit
    %419 = quantum.extract %405[ 13] : !quantum.reg -> !quantum.bit
    %out_qubits_321 = quantum.custom "RX"(%0) %419 : !quantum.bit
    %420 = quantum.insert %405[ 0], %out_qubits_308 : !quantum.reg, !quantum.bit
    %421 = quantum.insert %420[ 1], %out_qubits_309 : !quantum.reg, !quantum.bit
    %422 = quantum.insert %421[ 2], %out_qubits_310 : !quantum.reg, !quantum.bit
    %423 = quantum.insert %422[ 3], %out_qubits_311 : !quantum.reg, !quantum.bit
    %424 = quantum.insert %423[ 4], %out_qubits_312 : !quantum.reg, !quantum.bit
    %425 = quantum.insert %424[ 5], %out_qubits_313 : !quantum.reg, !quantum.bit
    %426 = quantum.insert %425[ 6], %out_qubits_314 : !quantum.reg, !quantum.bit
    %427 = quantum.insert %426[ 7], %out_qubits_315 : !quantum.reg, !quantum.bit
    %428 = quantum.insert %427[ 8], %out_qubits_316 : !quantum.reg, !quantum.bit
    %429 = quantum.insert %428[ 9], %out_qubits_317 : !quantum.reg, !quantum.bit
    %430 = quantum.insert %429[ 10], %out_qubits_318 : !quantum.reg, !quantum.bit
    %431 = quantum.insert %430[ 11], %out_qubits_319 : !quantum.reg, !quantum.bit
    %432 = quantum.insert %431[ 12], %out_qubits_320 : !quantum.reg, !quantum.bit
    %433 = quantum.insert %432[ 13], %out_qubits_321 : !quantum.reg, !quantum.bit
    %434 = quantum.extract %433[%extracted_175] : !quantum.reg -> !quantum.bit
    %435 = quantum.namedobs %434[ PauliZ] : !quantum.obs
    %436 = quantum.insert %433[%extracted_175], %434 : !quantum.reg, !quantum.bit
    %437 = quantum.extract %436[%extracted_176] : !quantum.reg -> !quantum.bit
    %438 = quantum.namedobs %437[ PauliZ] : !quantum.obs
    %439 = quantum.tensor %435, %438 : !quantum.obs
    %440 = quantum.insert %436[%extracted_176], %437 : !quantum.reg, !quantum.bit
    %441 = quantum.extract %440[%extracted_178] : !quantum.reg -> !quantum.bit
    %442 = quantum.namedobs %441[ PauliZ] : !quantum.obs
    %443 = quantum.insert %440[%extracted_178], %441 : !quantum.reg, !quantum.bit
    %444 = quantum.extract %443[%extracted_179] : !quantum.reg -> !quantum.bit
    %445 = quantum.namedobs %444[ PauliZ] : !quantum.obs
    %446 = quantum.tensor %442, %445 : !quantum.obs
    %447 = quantum.insert %443[%extracted_179], %444 : !quantum.reg, !quantum.bit
    %448 = quantum.extract %447[%extracted_181] : !quantum.reg -> !quantum.bit
    %449 = quantum.namedobs %448[ PauliZ] : !quantum.obs
    %450 = quantum.insert %447[%extracted_181], %448 : !quantum.reg, !quantum.bit
    %451 = quantum.extract %450[%extracted_182] : !quantum.reg -> !quantum.bit
    %452 = quantum.namedobs %451[ PauliZ] : !quantum.obs
    %453 = quantum.tensor %449, %452 : !quantum.obs
    %454 = quantum.insert %450[%extracted_182], %451 : !quantum.reg, !quantum.bit
    %455 = quantum.extract %454[%extracted_184] : !quantum.reg -> !quantum.bit
    %456 = quantum.namedobs %455[ PauliZ] : !quantum.obs
    %457 = quantum.insert %454[%extracted_184], %455 : !quantum.reg, !quantum.bit
    %458 = quantum.extract %457[%extracted_185] : !quantum.reg -> !quantum.bit
    %459 = quantum.namedobs %458[ PauliZ] : !quantum.obs
    %460 = quantum.tensor %456, %459 : !quantum.obs
    %461 = quantum.insert %457[%extracted_185], %458 : !quantum.reg, !quantum.bit
    %462 = quantum.extract %461[%extracted_187] : !quantum.reg -> !quantum.bit
    %463 = quantum.namedobs %462[ PauliZ] : !quantum.obs
    %464 = quantum.insert %461[%extracted_187], %462 : !quantum.reg, !quantum.bit
    %465 = quantum.extract %464[%extracted_188] : !quantum.reg -> !quantum.bit
    %466 = quantum.namedobs %465[ PauliZ] : !quantum.obs
    %467 = quantum.tensor %463, %466 : !quantum.obs
    %468 = quantum.insert %464[%extracted_188], %465 : !quantum.reg, !quantum.bit
    %469 = quantum.extract %468[%extracted_190] : !quantum.reg -> !quantum.bit
    %470 = quantum.namedobs %469[ PauliZ] : !quantum.obs
    %471 = quantum.insert %468[%extracted_190], %469 : !quantum.reg, !quantum.bit
    %472 = quantum.extract %471[%extracted_191] : !quantum.reg -> !quantum.bit
    %473 = quantum.namedobs %472[ PauliZ] : !quantum.obs
    %474 = quantum.tensor %470, %473 : !quantum.obs
    %475 = quantum.insert %471[%extracted_191], %472 : !quantum.reg, !quantum.bit
    %476 = quantum.extract %475[%extracted_193] : !quantum.reg -> !quantum.bit
    %477 = quantum.namedobs %476[ PauliZ] : !quantum.obs
    %478 = quantum.insert %475[%extracted_193], %476 : !quantum.reg, !quantum.bit
    %479 = quantum.extract %478[%extracted_194] : !quantum.reg -> !quantum.bit
    %480 = quantum.namedobs %479[ PauliZ] : !quantum.obs
    %481 = quantum.tensor %477, %480 : !quantum.obs
    %482 = quantum.insert %478[%extracted_194], %479 : !quantum.reg, !quantum.bit
    %483 = quantum.extract %482[%extracted_196] : !quantum.reg -> !quantum.bit
    %484 = quantum.namedobs %483[ PauliZ] : !quantum.obs
    %485 = quantum.insert %482[%extracted_196], %483 : !quantum.reg, !quantum.bit
    %486 = quantum.extract %485[%extracted_197] : !quantum.reg -> !quantum.bit
    %487 = quantum.namedobs %486[ PauliZ] : !quantum.obs
    %488 = quantum.tensor %484, %487 : !quantum.obs
    %489 = quantum.insert %485[%extracted_197], %486 : !quantum.reg, !quantum.bit
    %490 = quantum.extract %489[%extracted_199] : !quantum.reg -> !quantum.bit
    %491 = quantum.namedobs %490[ PauliZ] : !quantum.obs
    %492 = quantum.insert %489[%extracted_199], %490 : !quantum.reg, !quantum.bit
    %493 = quantum.extract %492[%extracted_200] : !quantum.reg -> !quantum.bit
    %494 = quantum.namedobs %493[ PauliZ] : !quantum.obs
    %495 = quantum.tensor %491, %494 : !quantum.obs
    %496 = quantum.insert %492[%extracted_200], %493 : !quantum.reg, !quantum.bit
    %497 = quantum.extract %496[%extracted_202] : !quantum.reg -> !quantum.bit
    %498 = quantum.namedobs %497[ PauliZ] : !quantum.obs
    %499 = quantum.insert %496[%extracted_202], %497 : !quantum.reg, !quantum.bit
    %500 = quantum.extract %499[%extracted_203] : !quantum.reg -> !quantum.bit
    %501 = quantum.namedobs %500[ PauliZ] : !quantum.obs
    %502 = quantum.tensor %498, %501 : !quantum.obs
    %503 = quantum.insert %499[%extracted_203], %500 : !quantum.reg, !quantum.bit
    %504 = quantum.extract %503[%extracted_205] : !quantum.reg -> !quantum.bit
    %505 = quantum.namedobs %504[ PauliZ] : !quantum.obs
    %506 = quantum.insert %503[%extracted_205], %504 : !quantum.reg, !quantum.bit
    %507 = quantum.extract %506[%extracted_206] : !quantum.reg -> !quantum.bit
    %508 = quantum.namedobs %507[ PauliZ] : !quantum.obs
    %509 = quantum.tensor %505, %508 : !quantum.obs
    %510 = quantum.insert %506[%extracted_206], %507 : !quantum.reg, !quantum.bit
    %511 = quantum.extract %510[%extracted_208] : !quantum.reg -> !quantum.bit
    %512 = quantum.namedobs %511[ PauliZ] : !quantum.obs
    %513 = quantum.insert %510[%extracted_208], %511 : !quantum.reg, !quantum.bit
    %514 = quantum.extract %513[%extracted_209] : !quantum.reg -> !quantum.bit
    %515 = quantum.namedobs %514[ PauliZ] : !quantum.obs
    %516 = quantum.tensor %512, %515 : !quantum.obs
    %517 = quantum.insert %513[%extracted_209], %514 : !quantum.reg, !quantum.bit
    %518 = quantum.extract %517[%extracted_211] : !quantum.reg -> !quantum.bit
    %519 = quantum.namedobs %518[ PauliZ] : !quantum.obs
    %520 = quantum.insert %517[%extracted_211], %518 : !quantum.reg, !quantum.bit
    %521 = quantum.extract %520[%extracted_212] : !quantum.reg -> !quantum.bit
    %522 = quantum.namedobs %521[ PauliZ] : !quantum.obs
    %523 = quantum.tensor %519, %522 : !quantum.obs
    %524 = quantum.insert %520[%extracted_212], %521 : !quantum.reg, !quantum.bit
    %525 = quantum.extract %524[%extracted_214] : !quantum.reg -> !quantum.bit
    %526 = quantum.namedobs %525[ PauliZ] : !quantum.obs
    %527 = quantum.insert %524[%extracted_214], %525 : !quantum.reg, !quantum.bit
    %528 = quantum.extract %527[%extracted_215] : !quantum.reg -> !quantum.bit
    %529 = quantum.namedobs %528[ PauliZ] : !quantum.obs
    %530 = quantum.tensor %526, %529 : !quantum.obs
    %531 = quantum.insert %527[%extracted_215], %528 : !quantum.reg, !quantum.bit
    %532 = quantum.extract %531[%extracted_217] : !quantum.reg -> !quantum.bit
    %533 = quantum.namedobs %532[ PauliZ] : !quantum.obs
    %534 = quantum.insert %531[%extracted_217], %532 : !quantum.reg, !quantum.bit
    %535 = quantum.extract %534[%extracted_218] : !quantum.reg -> !quantum.bit
    %536 = quantum.namedobs %535[ PauliZ] : !quantum.obs
    %537 = quantum.tensor %533, %536 : !quantum.obs
    %538 = quantum.insert %534[%extracted_218], %535 : !quantum.reg, !quantum.bit
    %539 = quantum.extract %538[%extracted_220] : !quantum.reg -> !quantum.bit
    %540 = quantum.namedobs %539[ PauliZ] : !quantum.obs
    %541 = quantum.insert %538[%extracted_220], %539 : !quantum.reg, !quantum.bit
    %542 = quantum.extract %541[%extracted_221] : !quantum.reg -> !quantum.bit
    %543 = quantum.namedobs %542[ PauliZ] : !quantum.obs
    %544 = quantum.tensor %540, %543 : !quantum.obs
    %545 = quantum.insert %541[%extracted_221], %542 : !quantum.reg, !quantum.bit
    %546 = quantum.extract %545[%extracted_223] : !quantum.reg -> !quantum.bit
    %547 = quantum.namedobs %546[ PauliZ] : !quantum.obs
    %548 = quantum.insert %545[%extracted_223], %546 : !quantum.reg, !quantum.bit
    %549 = quantum.extract %548[%extracted_224] : !quantum.reg -> !quantum.bit
    %550 = quantum.namedobs %549[ PauliZ] : !quantum.obs
    %551 = quantum.tensor %547, %550 : !quantum.obs
    %552 = quantum.insert %548[%extracted_224], %549 : !quantum.reg, !quantum.bit
    %553 = quantum.extract %552[%extracted_226] : !quantum.reg -> !quantum.bit
    %554 = quantum.namedobs %553[ PauliZ] : !quantum.obs
    %555 = quantum.insert %552[%extracted_226], %553 : !quantum.reg, !quantum.bit
    %556 = quantum.extract %555[%extracted_227] : !quantum.reg -> !quantum.bit
    %557 = quantum.namedobs %556[ PauliZ] : !quantum.obs
    %558 = quantum.tensor %554, %557 : !quantum.obs
    %559 = quantum.insert %555[%extracted_227], %556 : !quantum.reg, !quantum.bit
    %560 = quantum.extract %559[%extracted_229] : !quantum.reg -> !quantum.bit
    %561 = quantum.namedobs %560[ PauliZ] : !quantum.obs
    %562 = quantum.insert %559[%extracted_229], %560 : !quantum.reg, !quantum.bit
    %563 = quantum.extract %562[%extracted_230] : !quantum.reg -> !quantum.bit
    %564 = quantum.namedobs %563[ PauliZ] : !quantum.obs
    %565 = quantum.tensor %561, %564 : !quantum.obs
    %566 = quantum.insert %562[%extracted_230], %563 : !quantum.reg, !quantum.bit
    %567 = quantum.extract %566[%extracted_232] : !quantum.reg -> !quantum.bit
    %568 = quantum.namedobs %567[ PauliZ] : !quantum.obs
    %569 = quantum.insert %566[%extracted_232], %567 : !quantum.reg, !quantum.bit
    %570 = quantum.extract %569[%extracted_233] : !quantum.reg -> !quantum.bit
    %571 = quantum.namedobs %570[ PauliZ] : !quantum.obs
    %572 = quantum.tensor %568, %571 : !quantum.obs
    %573 = quantum.insert %569[%extracted_233], %570 : !quantum.reg, !quantum.bit
    %574 = quantum.extract %573[%extracted_235] : !quantum.reg -> !quantum.bit
    %575 = quantum.namedobs %574[ PauliZ] : !quantum.obs
    %576 = quantum.insert %573[%extracted_235], %574 : !quantum.reg, !quantum.bit
    %577 = quantum.extract %576[%extracted_236] : !quantum.reg -> !quantum.bit
    %578 = quantum.namedobs %577[ PauliZ] : !quantum.obs
    %579 = quantum.tensor %575, %578 : !quantum.obs
    %580 = quantum.hamiltonian(%arg1 : tensor<21xf64>) %439, %446, %453, %460, %467, %474, %481, %488, %495, %502, %509, %516, %523, %530, %537, %544, %551, %558, %565, %572, %579 : !quantum.obs
    %581 = quantum.expval %580 : f64
    %582 = quantum.insert %576[%extracted_236], %577 : !quantum.reg, !quantum.bit
    return %582 : !quantum.reg
  }
  func.func private @energy_0.pcount(%arg0: tensor<2x3xf64>, %arg1: tensor<21xf64>, %arg2: tensor<21x2xi64>) -> index {
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
  func.func private @energy_0.quantum(%arg0: tensor<2x3xf64>, %arg1: tensor<21xf64>, %arg2: tensor<21x2xi64>, %arg3: tensor<?xf64>) -> tensor<f64> attributes {gradient.qgrad = @energy_0.adjoint, passthrough = ["noinline"]} {
    %c0_i64 = arith.constant 0 : i64
    %idx1 = index.constant 1
    %idx0 = index.constant 0
    %alloca = memref.alloca() : memref<index>
    memref.store %idx0, %alloca[] : memref<index>
    %extracted_slice = tensor.extract_slice %arg2[0, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed = tensor.collapse_shape %extracted_slice [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_0 = tensor.extract_slice %arg2[0, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_1 = tensor.collapse_shape %extracted_slice_0 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_2 = tensor.extract_slice %arg2[1, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_3 = tensor.collapse_shape %extracted_slice_2 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_4 = tensor.extract_slice %arg2[1, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_5 = tensor.collapse_shape %extracted_slice_4 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_6 = tensor.extract_slice %arg2[2, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_7 = tensor.collapse_shape %extracted_slice_6 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_8 = tensor.extract_slice %arg2[2, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_9 = tensor.collapse_shape %extracted_slice_8 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_10 = tensor.extract_slice %arg2[3, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_11 = tensor.collapse_shape %extracted_slice_10 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_12 = tensor.extract_slice %arg2[3, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_13 = tensor.collapse_shape %extracted_slice_12 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_14 = tensor.extract_slice %arg2[4, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_15 = tensor.collapse_shape %extracted_slice_14 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_16 = tensor.extract_slice %arg2[4, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_17 = tensor.collapse_shape %extracted_slice_16 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_18 = tensor.extract_slice %arg2[5, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_19 = tensor.collapse_shape %extracted_slice_18 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_20 = tensor.extract_slice %arg2[5, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_21 = tensor.collapse_shape %extracted_slice_20 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_22 = tensor.extract_slice %arg2[6, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_23 = tensor.collapse_shape %extracted_slice_22 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_24 = tensor.extract_slice %arg2[6, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_25 = tensor.collapse_shape %extracted_slice_24 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_26 = tensor.extract_slice %arg2[7, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_27 = tensor.collapse_shape %extracted_slice_26 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_28 = tensor.extract_slice %arg2[7, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_29 = tensor.collapse_shape %extracted_slice_28 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_30 = tensor.extract_slice %arg2[8, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_31 = tensor.collapse_shape %extracted_slice_30 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_32 = tensor.extract_slice %arg2[8, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_33 = tensor.collapse_shape %extracted_slice_32 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_34 = tensor.extract_slice %arg2[9, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_35 = tensor.collapse_shape %extracted_slice_34 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_36 = tensor.extract_slice %arg2[9, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_37 = tensor.collapse_shape %extracted_slice_36 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_38 = tensor.extract_slice %arg2[10, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_39 = tensor.collapse_shape %extracted_slice_38 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_40 = tensor.extract_slice %arg2[10, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_41 = tensor.collapse_shape %extracted_slice_40 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_42 = tensor.extract_slice %arg2[11, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_43 = tensor.collapse_shape %extracted_slice_42 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_44 = tensor.extract_slice %arg2[11, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_45 = tensor.collapse_shape %extracted_slice_44 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_46 = tensor.extract_slice %arg2[12, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_47 = tensor.collapse_shape %extracted_slice_46 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_48 = tensor.extract_slice %arg2[12, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_49 = tensor.collapse_shape %extracted_slice_48 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_50 = tensor.extract_slice %arg2[13, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_51 = tensor.collapse_shape %extracted_slice_50 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_52 = tensor.extract_slice %arg2[13, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_53 = tensor.collapse_shape %extracted_slice_52 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_54 = tensor.extract_slice %arg2[14, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_55 = tensor.collapse_shape %extracted_slice_54 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_56 = tensor.extract_slice %arg2[14, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_57 = tensor.collapse_shape %extracted_slice_56 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_58 = tensor.extract_slice %arg2[15, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_59 = tensor.collapse_shape %extracted_slice_58 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_60 = tensor.extract_slice %arg2[15, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_61 = tensor.collapse_shape %extracted_slice_60 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_62 = tensor.extract_slice %arg2[16, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_63 = tensor.collapse_shape %extracted_slice_62 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_64 = tensor.extract_slice %arg2[16, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_65 = tensor.collapse_shape %extracted_slice_64 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_66 = tensor.extract_slice %arg2[17, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_67 = tensor.collapse_shape %extracted_slice_66 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_68 = tensor.extract_slice %arg2[17, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_69 = tensor.collapse_shape %extracted_slice_68 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_70 = tensor.extract_slice %arg2[18, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_71 = tensor.collapse_shape %extracted_slice_70 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_72 = tensor.extract_slice %arg2[18, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_73 = tensor.collapse_shape %extracted_slice_72 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_74 = tensor.extract_slice %arg2[19, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_75 = tensor.collapse_shape %extracted_slice_74 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_76 = tensor.extract_slice %arg2[19, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_77 = tensor.collapse_shape %extracted_slice_76 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_78 = tensor.extract_slice %arg2[20, 0] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_79 = tensor.collapse_shape %extracted_slice_78 [] : tensor<1x1xi64> into tensor<i64>
    %extracted_slice_80 = tensor.extract_slice %arg2[20, 1] [1, 1] [1, 1] : tensor<21x2xi64> to tensor<1x1xi64>
    %collapsed_81 = tensor.collapse_shape %extracted_slice_80 [] : tensor<1x1xi64> into tensor<i64>
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
    %extracted = tensor.extract %collapsed[] : tensor<i64>
    %29 = quantum.extract %28[%extracted] : !quantum.reg -> !quantum.bit
    %extracted_95 = tensor.extract %collapsed_1[] : tensor<i64>
    %30 = quantum.extract %28[%extracted_95] : !quantum.reg -> !quantum.bit
    %31 = memref.load %alloca[] : memref<index>
    %32 = index.add %31, %idx1
    memref.store %32, %alloca[] : memref<index>
    %extracted_96 = tensor.extract %arg3[%31] : tensor<?xf64>
    %out_qubits_97:2 = quantum.multirz(%extracted_96) %29, %30 : !quantum.bit, !quantum.bit
    %33 = quantum.insert %28[%extracted], %out_qubits_97#0 : !quantum.reg, !quantum.bit
    %34 = quantum.insert %33[%extracted_95], %out_qubits_97#1 : !quantum.reg, !quantum.bit
    %extracted_98 = tensor.extract %collapsed_3[] : tensor<i64>
    %35 = quantum.extract %34[%extracted_98] : !quantum.reg -> !quantum.bit
    %extracted_99 = tensor.extract %collapsed_5[] : tensor<i64>
    %36 = quantum.extract %34[%extracted_99] : !quantum.reg -> !quantum.bit
    %37 = memref.load %alloca[] : memref<index>
    %38 = index.add %37, %idx1
    memref.store %38, %alloca[] : memref<index>
    %extracted_100 = tensor.extract %arg3[%37] : tensor<?xf64>
    %out_qubits_101:2 = quantum.multirz(%extracted_100) %35, %36 : !quantum.bit, !quantum.bit
    %39 = quantum.insert %34[%extracted_98], %out_qubits_101#0 : !quantum.reg, !quantum.bit
    %40 = quantum.insert %39[%extracted_99], %out_qubits_101#1 : !quantum.reg, !quantum.bit
    %extracted_102 = tensor.extract %collapsed_7[] : tensor<i64>
    %41 = quantum.extract %40[%extracted_102] : !quantum.reg -> !quantum.bit
    %extracted_103 = tensor.extract %collapsed_9[] : tensor<i64>
    %42 = quantum.extract %40[%extracted_103] : !quantum.reg -> !quantum.bit
    %43 = memref.load %alloca[] : memref<index>
    %44 = index.add %43, %idx1
    memref.store %44, %alloca[] : memref<index>
    %extracted_104 = tensor.extract %arg3[%43] : tensor<?xf64>
    %out_qubits_105:2 = quantum.multirz(%extracted_104) %41, %42 : !quantum.bit, !quantum.bit
    %45 = quantum.insert %40[%extracted_102], %out_qubits_105#0 : !quantum.reg, !quantum.bit
    %46 = quantum.insert %45[%extracted_103], %out_qubits_105#1 : !quantum.reg, !quantum.bit
    %extracted_106 = tensor.extract %collapsed_11[] : tensor<i64>
    %47 = quantum.extract %46[%extracted_106] : !quantum.reg -> !quantum.bit
    %extracted_107 = tensor.extract %collapsed_13[] : tensor<i64>
    %48 = quantum.extract %46[%extracted_107] : !quantum.reg -> !quantum.bit
    %49 = memref.load %alloca[] : memref<index>
    %50 = index.add %49, %idx1
    memref.store %50, %alloca[] : memref<index>
    %extracted_108 = tensor.extract %arg3[%49] : tensor<?xf64>
    %out_qubits_109:2 = quantum.multirz(%extracted_108) %47, %48 : !quantum.bit, !quantum.bit
    %51 = quantum.insert %46[%extracted_106], %out_qubits_109#0 : !quantum.reg, !quantum.bit
    %52 = quantum.insert %51[%extracted_107], %out_qubits_109#1 : !quantum.reg, !quantum.bit
    %extracted_110 = tensor.extract %collapsed_15[] : tensor<i64>
    %53 = quantum.extract %52[%extracted_110] : !quantum.reg -> !quantum.bit
    %extracted_111 = tensor.extract %collapsed_17[] : tensor<i64>
    %54 = quantum.extract %52[%extracted_111] : !quantum.reg -> !quantum.bit
    %55 = memref.load %alloca[] : memref<index>
    %56 = index.add %55, %idx1
    memref.store %56, %alloca[] : memref<index>
    %extracted_112 = tensor.extract %arg3[%55] : tensor<?xf64>
    %out_qubits_113:2 = quantum.multirz(%extracted_112) %53, %54 : !quantum.bit, !quantum.bit
    %57 = quantum.insert %52[%extracted_110], %out_qubits_113#0 : !quantum.reg, !quantum.bit
    %58 = quantum.insert %57[%extracted_111], %out_qubits_113#1 : !quantum.reg, !quantum.bit
    %extracted_114 = tensor.extract %collapsed_19[] : tensor<i64>
    %59 = quantum.extract %58[%extracted_114] : !quantum.reg -> !quantum.bit
    %extracted_115 = tensor.extract %collapsed_21[] : tensor<i64>
    %60 = quantum.extract %58[%extracted_115] : !quantum.reg -> !quantum.bit
    %61 = memref.load %alloca[] : memref<index>
    %62 = index.add %61, %idx1
    memref.store %62, %alloca[] : memref<index>
    %extracted_116 = tensor.extract %arg3[%61] : tensor<?xf64>
    %out_qubits_117:2 = quantum.multirz(%extracted_116) %59, %60 : !quantum.bit, !quantum.bit
    %63 = quantum.insert %58[%extracted_114], %out_qubits_117#0 : !quantum.reg, !quantum.bit
    %64 = quantum.insert %63[%extracted_115], %out_qubits_117#1 : !quantum.reg, !quantum.bit
    %extracted_118 = tensor.extract %collapsed_23[] : tensor<i64>
    %65 = quantum.extract %64[%extracted_118] : !quantum.reg -> !quantum.bit
    %extracted_119 = tensor.extract %collapsed_25[] : tensor<i64>
    %66 = quantum.extract %64[%extracted_119] : !quantum.reg -> !quantum.bit
    %67 = memref.load %alloca[] : memref<index>
    %68 = index.add %67, %idx1
    memref.store %68, %alloca[] : memref<index>
    %extracted_120 = tensor.extract %arg3[%67] : tensor<?xf64>
    %out_qubits_121:2 = quantum.multirz(%extracted_120) %65, %66 : !quantum.bit, !quantum.bit
    %69 = quantum.insert %64[%extracted_118], %out_qubits_121#0 : !quantum.reg, !quantum.bit
    %70 = quantum.insert %69[%extracted_119], %out_qubits_121#1 : !quantum.reg, !quantum.bit
    %extracted_122 = tensor.extract %collapsed_27[] : tensor<i64>
    %71 = quantum.extract %70[%extracted_122] : !quantum.reg -> !quantum.bit
    %extracted_123 = tensor.extract %collapsed_29[] : tensor<i64>
    %72 = quantum.extract %70[%extracted_123] : !quantum.reg -> !quantum.bit
    %73 = memref.load %alloca[] : memref<index>
    %74 = index.add %73, %idx1
    memref.store %74, %alloca[] : memref<index>
    %extracted_124 = tensor.extract %arg3[%73] : tensor<?xf64>
    %out_qubits_125:2 = quantum.multirz(%extracted_124) %71, %72 : !quantum.bit, !quantum.bit
    %75 = quantum.insert %70[%extracted_122], %out_qubits_125#0 : !quantum.reg, !quantum.bit
    %76 = quantum.insert %75[%extracted_123], %out_qubits_125#1 : !quantum.reg, !quantum.bit
    %extracted_126 = tensor.extract %collapsed_31[] : tensor<i64>
    %77 = quantum.extract %76[%extracted_126] : !quantum.reg -> !quantum.bit
    %extracted_127 = tensor.extract %collapsed_33[] : tensor<i64>
    %78 = quantum.extract %76[%extracted_127] : !quantum.reg -> !quantum.bit
    %79 = memref.load %alloca[] : memref<index>
    %80 = index.add %79, %idx1
    memref.store %80, %alloca[] : memref<index>
    %extracted_128 = tensor.extract %arg3[%79] : tensor<?xf64>
    %out_qubits_129:2 = quantum.multirz(%extracted_128) %77, %78 : !quantum.bit, !quantum.bit
    %81 = quantum.insert %76[%extracted_126], %out_qubits_129#0 : !quantum.reg, !quantum.bit
    %82 = quantum.insert %81[%extracted_127], %out_qubits_129#1 : !quantum.reg, !quantum.bit
    %extracted_130 = tensor.extract %collapsed_35[] : tensor<i64>
    %83 = quantum.extract %82[%extracted_130] : !quantum.reg -> !quantum.bit
    %extracted_131 = tensor.extract %collapsed_37[] : tensor<i64>
    %84 = quantum.extract %82[%extracted_131] : !quantum.reg -> !quantum.bit
    %85 = memref.load %alloca[] : memref<index>
    %86 = index.add %85, %idx1
    memref.store %86, %alloca[] : memref<index>
    %extracted_132 = tensor.extract %arg3[%85] : tensor<?xf64>
    %out_qubits_133:2 = quantum.multirz(%extracted_132) %83, %84 : !quantum.bit, !quantum.bit
    %87 = quantum.insert %82[%extracted_130], %out_qubits_133#0 : !quantum.reg, !quantum.bit
    %88 = quantum.insert %87[%extracted_131], %out_qubits_133#1 : !quantum.reg, !quantum.bit
    %extracted_134 = tensor.extract %collapsed_39[] : tensor<i64>
    %89 = quantum.extract %88[%extracted_134] : !quantum.reg -> !quantum.bit
    %extracted_135 = tensor.extract %collapsed_41[] : tensor<i64>
    %90 = quantum.extract %88[%extracted_135] : !quantum.reg -> !quantum.bit
    %91 = memref.load %alloca[] : memref<index>
    %92 = index.add %91, %idx1
    memref.store %92, %alloca[] : memref<index>
    %extracted_136 = tensor.extract %arg3[%91] : tensor<?xf64>
    %out_qubits_137:2 = quantum.multirz(%extracted_136) %89, %90 : !quantum.bit, !quantum.bit
    %93 = quantum.insert %88[%extracted_134], %out_qubits_137#0 : !quantum.reg, !quantum.bit
    %94 = quantum.insert %93[%extracted_135], %out_qubits_137#1 : !quantum.reg, !quantum.bit
    %extracted_138 = tensor.extract %collapsed_43[] : tensor<i64>
    %95 = quantum.extract %94[%extracted_138] : !quantum.reg -> !quantum.bit
    %extracted_139 = tensor.extract %collapsed_45[] : tensor<i64>
    %96 = quantum.extract %94[%extracted_139] : !quantum.reg -> !quantum.bit
    %97 = memref.load %alloca[] : memref<index>
    %98 = index.add %97, %idx1
    memref.store %98, %alloca[] : memref<index>
    %extracted_140 = tensor.extract %arg3[%97] : tensor<?xf64>
    %out_qubits_141:2 = quantum.multirz(%extracted_140) %95, %96 : !quantum.bit, !quantum.bit
    %99 = quantum.insert %94[%extracted_138], %out_qubits_141#0 : !quantum.reg, !quantum.bit
    %100 = quantum.insert %99[%extracted_139], %out_qubits_141#1 : !quantum.reg, !quantum.bit
    %extracted_142 = tensor.extract %collapsed_47[] : tensor<i64>
    %101 = quantum.extract %100[%extracted_142] : !quantum.reg -> !quantum.bit
    %extracted_143 = tensor.extract %collapsed_49[] : tensor<i64>
    %102 = quantum.extract %100[%extracted_143] : !quantum.reg -> !quantum.bit
    %103 = memref.load %alloca[] : memref<index>
    %104 = index.add %103, %idx1
    memref.store %104, %alloca[] : memref<index>
    %extracted_144 = tensor.extract %arg3[%103] : tensor<?xf64>
    %out_qubits_145:2 = quantum.multirz(%extracted_144) %101, %102 : !quantum.bit, !quantum.bit
    %105 = quantum.insert %100[%extracted_142], %out_qubits_145#0 : !quantum.reg, !quantum.bit
    %106 = quantum.insert %105[%extracted_143], %out_qubits_145#1 : !quantum.reg, !quantum.bit
    %extracted_146 = tensor.extract %collapsed_51[] : tensor<i64>
    %107 = quantum.extract %106[%extracted_146] : !quantum.reg -> !quantum.bit
    %extracted_147 = tensor.extract %collapsed_53[] : tensor<i64>
    %108 = quantum.extract %106[%extracted_147] : !quantum.reg -> !quantum.bit
    %109 = memref.load %alloca[] : memref<index>
    %110 = index.add %109, %idx1
    memref.store %110, %alloca[] : memref<index>
    %extracted_148 = tensor.extract %arg3[%109] : tensor<?xf64>
    %out_qubits_149:2 = quantum.multirz(%extracted_148) %107, %108 : !quantum.bit, !quantum.bit
    %111 = quantum.insert %106[%extracted_146], %out_qubits_149#0 : !quantum.reg, !quantum.bit
    %112 = quantum.insert %111[%extracted_147], %out_qubits_149#1 : !quantum.reg, !quantum.bit
    %extracted_150 = tensor.extract %collapsed_55[] : tensor<i64>
    %113 = quantum.extract %112[%extracted_150] : !quantum.reg -> !quantum.bit
    %extracted_151 = tensor.extract %collapsed_57[] : tensor<i64>
    %114 = quantum.extract %112[%extracted_151] : !quantum.reg -> !quantum.bit
    %115 = memref.load %alloca[] : memref<index>
    %116 = index.add %115, %idx1
    memref.store %116, %alloca[] : memref<index>
    %extracted_152 = tensor.extract %arg3[%115] : tensor<?xf64>
    %out_qubits_153:2 = quantum.multirz(%extracted_152) %113, %114 : !quantum.bit, !quantum.bit
    %117 = quantum.insert %112[%extracted_150], %out_qubits_153#0 : !quantum.reg, !quantum.bit
    %118 = quantum.insert %117[%extracted_151], %out_qubits_153#1 : !quantum.reg, !quantum.bit
    %extracted_154 = tensor.extract %collapsed_59[] : tensor<i64>
    %119 = quantum.extract %118[%extracted_154] : !quantum.reg -> !quantum.bit
    %extracted_155 = tensor.extract %collapsed_61[] : tensor<i64>
    %120 = quantum.extract %118[%extracted_155] : !quantum.reg -> !quantum.bit
    %121 = memref.load %alloca[] : memref<index>
    %122 = index.add %121, %idx1
    memref.store %122, %alloca[] : memref<index>
    %extracted_156 = tensor.extract %arg3[%121] : tensor<?xf64>
    %out_qubits_157:2 = quantum.multirz(%extracted_156) %119, %120 : !quantum.bit, !quantum.bit
    %123 = quantum.insert %118[%extracted_154], %out_qubits_157#0 : !quantum.reg, !quantum.bit
    %124 = quantum.insert %123[%extracted_155], %out_qubits_157#1 : !quantum.reg, !quantum.bit
    %extracted_158 = tensor.extract %collapsed_63[] : tensor<i64>
    %125 = quantum.extract %124[%extracted_158] : !quantum.reg -> !quantum.bit
    %extracted_159 = tensor.extract %collapsed_65[] : tensor<i64>
    %126 = quantum.extract %124[%extracted_159] : !quantum.reg -> !quantum.bit
    %127 = memref.load %alloca[] : memref<index>
    %128 = index.add %127, %idx1
    memref.store %128, %alloca[] : memref<index>
    %extracted_160 = tensor.extract %arg3[%127] : tensor<?xf64>
    %out_qubits_161:2 = quantum.multirz(%extracted_160) %125, %126 : !quantum.bit, !quantum.bit
    %129 = quantum.insert %124[%extracted_158], %out_qubits_161#0 : !quantum.reg, !quantum.bit
    %130 = quantum.insert %129[%extracted_159], %out_qubits_161#1 : !quantum.reg, !quantum.bit
    %extracted_162 = tensor.extract %collapsed_67[] : tensor<i64>
    %131 = quantum.extract %130[%extracted_162] : !quantum.reg -> !quantum.bit
    %extracted_163 = tensor.extract %collapsed_69[] : tensor<i64>
    %132 = quantum.extract %130[%extracted_163] : !quantum.reg -> !quantum.bit
    %133 = memref.load %alloca[] : memref<index>
    %134 = index.add %133, %idx1
    memref.store %134, %alloca[] : memref<index>
    %extracted_164 = tensor.extract %arg3[%133] : tensor<?xf64>
    %out_qubits_165:2 = quantum.multirz(%extracted_164) %131, %132 : !quantum.bit, !quantum.bit
    %135 = quantum.insert %130[%extracted_162], %out_qubits_165#0 : !quantum.reg, !quantum.bit
    %136 = quantum.insert %135[%extracted_163], %out_qubits_165#1 : !quantum.reg, !quantum.bit
    %extracted_166 = tensor.extract %collapsed_71[] : tensor<i64>
    %137 = quantum.extract %136[%extracted_166] : !quantum.reg -> !quantum.bit
    %extracted_167 = tensor.extract %collapsed_73[] : tensor<i64>
    %138 = quantum.extract %136[%extracted_167] : !quantum.reg -> !quantum.bit
    %139 = memref.load %alloca[] : memref<index>
    %140 = index.add %139, %idx1
    memref.store %140, %alloca[] : memref<index>
    %extracted_168 = tensor.extract %arg3[%139] : tensor<?xf64>
    %out_qubits_169:2 = quantum.multirz(%extracted_168) %137, %138 : !quantum.bit, !quantum.bit
    %141 = quantum.insert %136[%extracted_166], %out_qubits_169#0 : !quantum.reg, !quantum.bit
    %142 = quantum.insert %141[%extracted_167], %out_qubits_169#1 : !quantum.reg, !quantum.bit
    %extracted_170 = tensor.extract %collapsed_75[] : tensor<i64>
    %143 = quantum.extract %142[%extracted_170] : !quantum.reg -> !quantum.bit
    %extracted_171 = tensor.extract %collapsed_77[] : tensor<i64>
    %144 = quantum.extract %142[%extracted_171] : !quantum.reg -> !quantum.bit
    %145 = memref.load %alloca[] : memref<index>
    %146 = index.add %145, %idx1
    memref.store %146, %alloca[] : memref<index>
    %extracted_172 = tensor.extract %arg3[%145] : tensor<?xf64>
    %out_qubits_173:2 = quantum.multirz(%extracted_172) %143, %144 : !quantum.bit, !quantum.bit
    %147 = quantum.insert %142[%extracted_170], %out_qubits_173#0 : !quantum.reg, !quantum.bit
    %148 = quantum.insert %147[%extracted_171], %out_qubits_173#1 : !quantum.reg, !quantum.bit
    %extracted_174 = tensor.extract %collapsed_79[] : tensor<i64>
    %149 = quantum.extract %148[%extracted_174] : !quantum.reg -> !quantum.bit
    %extracted_175 = tensor.extract %collapsed_81[] : tensor<i64>
    %150 = quantum.extract %148[%extracted_175] : !quantum.reg -> !quantum.bit
    %151 = memref.load %alloca[] : memref<index>
    %152 = index.add %151, %idx1
    memref.store %152, %alloca[] : memref<index>
    %extracted_176 = tensor.extract %arg3[%151] : tensor<?xf64>
    %out_qubits_177:2 = quantum.multirz(%extracted_176) %149, %150 : !quantum.bit, !quantum.bit
    %153 = quantum.insert %148[%extracted_174], %out_qubits_177#0 : !quantum.reg, !quantum.bit
    %154 = quantum.insert %153[%extracted_175], %out_qubits_177#1 : !quantum.reg, !quantum.bit
    %155 = quantum.extract %154[ 13] : !quantum.reg -> !quantum.bit
    %156 = memref.load %alloca[] : memref<index>
    %157 = index.add %156, %idx1
    memref.store %157, %alloca[] : memref<index>
    %extracted_178 = tensor.extract %arg3[%156] : tensor<?xf64>
    %out_qubits_179 = quantum.custom "RX"(%extracted_178) %155 : !quantum.bit
    %158 = quantum.extract %154[ 12] : !quantum.reg -> !quantum.bit
    %159 = memref.load %alloca[] : memref<index>
    %160 = index.add %159, %idx1
    memref.store %160, %alloca[] : memref<index>
    %extracted_180 = tensor.extract %arg3[%159] : tensor<?xf64>
    %out_qubits_181 = quantum.custom "RX"(%extracted_180) %158 : !quantum.bit
    %161 = quantum.extract %154[ 11] : !quantum.reg -> !quantum.bit
    %162 = memref.load %alloca[] : memref<index>
    %163 = index.add %162, %idx1
    memref.store %163, %alloca[] : memref<index>
    %extracted_182 = tensor.extract %arg3[%162] : tensor<?xf64>
    %out_qubits_183 = quantum.custom "RX"(%extracted_182) %161 : !quantum.bit
    %164 = quantum.extract %154[ 10] : !quantum.reg -> !quantum.bit
    %165 = memref.load %alloca[] : memref<index>
    %166 = index.add %165, %idx1
    memref.store %166, %alloca[] : memref<index>
    %extracted_184 = tensor.extract %arg3[%165] : tensor<?xf64>
    %out_qubits_185 = quantum.custom "RX"(%extracted_184) %164 : !quantum.bit
    %167 = quantum.extract %154[ 9] : !quantum.reg -> !quantum.bit
    %168 = memref.load %alloca[] : memref<index>
    %169 = index.add %168, %idx1
    memref.store %169, %alloca[] : memref<index>
    %extracted_186 = tensor.extract %arg3[%168] : tensor<?xf64>
    %out_qubits_187 = quantum.custom "RX"(%extracted_186) %167 : !quantum.bit
    %170 = quantum.extract %154[ 8] : !quantum.reg -> !quantum.bit
    %171 = memref.load %alloca[] : memref<index>
    %172 = index.add %171, %idx1
    memref.store %172, %alloca[] : memref<index>
    %extracted_188 = tensor.extract %arg3[%171] : tensor<?xf64>
    %out_qubits_189 = quantum.custom "RX"(%extracted_188) %170 : !quantum.bit
    %173 = quantum.extract %154[ 7] : !quantum.reg -> !quantum.bit
    %174 = memref.load %alloca[] : memref<index>
    %175 = index.add %174, %idx1
    memref.store %175, %alloca[] : memref<index>
    %extracted_190 = tensor.extract %arg3[%174] : tensor<?xf64>
    %out_qubits_191 = quantum.custom "RX"(%extracted_190) %173 : !quantum.bit
    %176 = quantum.extract %154[ 6] : !quantum.reg -> !quantum.bit
    %177 = memref.load %alloca[] : memref<index>
    %178 = index.add %177, %idx1
    memref.store %178, %alloca[] : memref<index>
    %extracted_192 = tensor.extract %arg3[%177] : tensor<?xf64>
    %out_qubits_193 = quantum.custom "RX"(%extracted_192) %176 : !quantum.bit
    %179 = quantum.extract %154[ 5] : !quantum.reg -> !quantum.bit
    %180 = memref.load %alloca[] : memref<index>
    %181 = index.add %180, %idx1
    memref.store %181, %alloca[] : memref<index>
    %extracted_194 = tensor.extract %arg3[%180] : tensor<?xf64>
    %out_qubits_195 = quantum.custom "RX"(%extracted_194) %179 : !quantum.bit
    %182 = quantum.extract %154[ 4] : !quantum.reg -> !quantum.bit
    %183 = memref.load %alloca[] : memref<index>
    %184 = index.add %183, %idx1
    memref.store %184, %alloca[] : memref<index>
    %extracted_196 = tensor.extract %arg3[%183] : tensor<?xf64>
    %out_qubits_197 = quantum.custom "RX"(%extracted_196) %182 : !quantum.bit
    %185 = quantum.extract %154[ 3] : !quantum.reg -> !quantum.bit
    %186 = memref.load %alloca[] : memref<index>
    %187 = index.add %186, %idx1
    memref.store %187, %alloca[] : memref<index>
    %extracted_198 = tensor.extract %arg3[%186] : tensor<?xf64>
    %out_qubits_199 = quantum.custom "RX"(%extracted_198) %185 : !quantum.bit
    %188 = quantum.extract %154[ 2] : !quantum.reg -> !quantum.bit
    %189 = memref.load %alloca[] : memref<index>
    %190 = index.add %189, %idx1
    memref.store %190, %alloca[] : memref<index>
    %extracted_200 = tensor.extract %arg3[%189] : tensor<?xf64>
    %out_qubits_201 = quantum.custom "RX"(%extracted_200) %188 : !quantum.bit
    %191 = quantum.extract %154[ 1] : !quantum.reg -> !quantum.bit
    %192 = memref.load %alloca[] : memref<index>
    %193 = index.add %192, %idx1
    memref.store %193, %alloca[] : memref<index>
    %extracted_202 = tensor.extract %arg3[%192] : tensor<?xf64>
    %out_qubits_203 = quantum.custom "RX"(%extracted_202) %191 : !quantum.bit
    %194 = quantum.extract %154[ 0] : !quantum.reg -> !quantum.bit
    %195 = memref.load %alloca[] : memref<index>
    %196 = index.add %195, %idx1
    memref.store %196, %alloca[] : memref<index>
    %extracted_204 = tensor.extract %arg3[%195] : tensor<?xf64>
    %out_qubits_205 = quantum.custom "RX"(%extracted_204) %194 : !quantum.bit
    %197 = quantum.insert %154[ 0], %out_qubits_205 : !quantum.reg, !quantum.bit
    %198 = quantum.insert %197[ 1], %out_qubits_203 : !quantum.reg, !quantum.bit
    %199 = quantum.insert %198[ 2], %out_qubits_201 : !quantum.reg, !quantum.bit
    %200 = quantum.insert %199[ 3], %out_qubits_199 : !quantum.reg, !quantum.bit
    %201 = quantum.insert %200[ 4], %out_qubits_197 : !quantum.reg, !quantum.bit
    %202 = quantum.insert %201[ 5], %out_qubits_195 : !quantum.reg, !quantum.bit
    %203 = quantum.insert %202[ 6], %out_qubits_193 : !quantum.reg, !quantum.bit
    %204 = quantum.insert %203[ 7], %out_qubits_191 : !quantum.reg, !quantum.bit
    %205 = quantum.insert %204[ 8], %out_qubits_189 : !quantum.reg, !quantum.bit
    %206 = quantum.insert %205[ 9], %out_qubits_187 : !quantum.reg, !quantum.bit
    %207 = quantum.insert %206[ 10], %out_qubits_185 : !quantum.reg, !quantum.bit
    %208 = quantum.insert %207[ 11], %out_qubits_183 : !quantum.reg, !quantum.bit
    %209 = quantum.insert %208[ 12], %out_qubits_181 : !quantum.reg, !quantum.bit
    %210 = quantum.insert %209[ 13], %out_qubits_179 : !quantum.reg, !quantum.bit
    %211 = quantum.extract %210[%extracted] : !quantum.reg -> !quantum.bit
    %212 = quantum.extract %210[%extracted_95] : !quantum.reg -> !quantum.bit
    %213 = memref.load %alloca[] : memref<index>
    %214 = index.add %213, %idx1
    memref.store %214, %alloca[] : memref<index>
    %extracted_206 = tensor.extract %arg3[%213] : tensor<?xf64>
    %out_qubits_207:2 = quantum.multirz(%extracted_206) %211, %212 : !quantum.bit, !quantum.bit
    %215 = quantum.insert %210[%extracted], %out_qubits_207#0 : !quantum.reg, !quantum.bit
    %216 = quantum.insert %215[%extracted_95], %out_qubits_207#1 : !quantum.reg, !quantum.bit
    %217 = quantum.extract %216[%extracted_98] : !quantum.reg -> !quantum.bit
    %218 = quantum.extract %216[%extracted_99] : !quantum.reg -> !quantum.bit
    %219 = memref.load %alloca[] : memref<index>
    %220 = index.add %219, %idx1
    memref.store %220, %alloca[] : memref<index>
    %extracted_208 = tensor.extract %arg3[%219] : tensor<?xf64>
    %out_qubits_209:2 = quantum.multirz(%extracted_208) %217, %218 : !quantum.bit, !quantum.bit
    %221 = quantum.insert %216[%extracted_98], %out_qubits_209#0 : !quantum.reg, !quantum.bit
    %222 = quantum.insert %221[%extracted_99], %out_qubits_209#1 : !quantum.reg, !quantum.bit
    %223 = quantum.extract %222[%extracted_102] : !quantum.reg -> !quantum.bit
    %224 = quantum.extract %222[%extracted_103] : !quantum.reg -> !quantum.bit
    %225 = memref.load %alloca[] : memref<index>
    %226 = index.add %225, %idx1
    memref.store %226, %alloca[] : memref<index>
    %extracted_210 = tensor.extract %arg3[%225] : tensor<?xf64>
    %out_qubits_211:2 = quantum.multirz(%extracted_210) %223, %224 : !quantum.bit, !quantum.bit
    %227 = quantum.insert %222[%extracted_102], %out_qubits_211#0 : !quantum.reg, !quantum.bit
    %228 = quantum.insert %227[%extracted_103], %out_qubits_211#1 : !quantum.reg, !quantum.bit
    %229 = quantum.extract %228[%extracted_106] : !quantum.reg -> !quantum.bit
    %230 = quantum.extract %228[%extracted_107] : !quantum.reg -> !quantum.bit
    %231 = memref.load %alloca[] : memref<index>
    %232 = index.add %231, %idx1
    memref.store %232, %alloca[] : memref<index>
    %extracted_212 = tensor.extract %arg3[%231] : tensor<?xf64>
    %out_qubits_213:2 = quantum.multirz(%extracted_212) %229, %230 : !quantum.bit, !quantum.bit
    %233 = quantum.insert %228[%extracted_106], %out_qubits_213#0 : !quantum.reg, !quantum.bit
    %234 = quantum.insert %233[%extracted_107], %out_qubits_213#1 : !quantum.reg, !quantum.bit
    %235 = quantum.extract %234[%extracted_110] : !quantum.reg -> !quantum.bit
    %236 = quantum.extract %234[%extracted_111] : !quantum.reg -> !quantum.bit
    %237 = memref.load %alloca[] : memref<index>
    %238 = index.add %237, %idx1
    memref.store %238, %alloca[] : memref<index>
    %extracted_214 = tensor.extract %arg3[%237] : tensor<?xf64>
    %out_qubits_215:2 = quantum.multirz(%extracted_214) %235, %236 : !quantum.bit, !quantum.bit
    %239 = quantum.insert %234[%extracted_110], %out_qubits_215#0 : !quantum.reg, !quantum.bit
    %240 = quantum.insert %239[%extracted_111], %out_qubits_215#1 : !quantum.reg, !quantum.bit
    %241 = quantum.extract %240[%extracted_114] : !quantum.reg -> !quantum.bit
    %242 = quantum.extract %240[%extracted_115] : !quantum.reg -> !quantum.bit
    %243 = memref.load %alloca[] : memref<index>
    %244 = index.add %243, %idx1
    memref.store %244, %alloca[] : memref<index>
    %extracted_216 = tensor.extract %arg3[%243] : tensor<?xf64>
    %out_qubits_217:2 = quantum.multirz(%extracted_216) %241, %242 : !quantum.bit, !quantum.bit
    %245 = quantum.insert %240[%extracted_114], %out_qubits_217#0 : !quantum.reg, !quantum.bit
    %246 = quantum.insert %245[%extracted_115], %out_qubits_217#1 : !quantum.reg, !quantum.bit
    %247 = quantum.extract %246[%extracted_118] : !quantum.reg -> !quantum.bit
    %248 = quantum.extract %246[%extracted_119] : !quantum.reg -> !quantum.bit
    %249 = memref.load %alloca[] : memref<index>
    %250 = index.add %249, %idx1
    memref.store %250, %alloca[] : memref<index>
    %extracted_218 = tensor.extract %arg3[%249] : tensor<?xf64>
    %out_qubits_219:2 = quantum.multirz(%extracted_218) %247, %248 : !quantum.bit, !quantum.bit
    %251 = quantum.insert %246[%extracted_118], %out_qubits_219#0 : !quantum.reg, !quantum.bit
    %252 = quantum.insert %251[%extracted_119], %out_qubits_219#1 : !quantum.reg, !quantum.bit
    %253 = quantum.extract %252[%extracted_122] : !quantum.reg -> !quantum.bit
    %254 = quantum.extract %252[%extracted_123] : !quantum.reg -> !quantum.bit
    %255 = memref.load %alloca[] : memref<index>
    %256 = index.add %255, %idx1
    memref.store %256, %alloca[] : memref<index>
    %extracted_220 = tensor.extract %arg3[%255] : tensor<?xf64>
    %out_qubits_221:2 = quantum.multirz(%extracted_220) %253, %254 : !quantum.bit, !quantum.bit
    %257 = quantum.insert %252[%extracted_122], %out_qubits_221#0 : !quantum.reg, !quantum.bit
    %258 = quantum.insert %257[%extracted_123], %out_qubits_221#1 : !quantum.reg, !quantum.bit
    %259 = quantum.extract %258[%extracted_126] : !quantum.reg -> !quantum.bit
    %260 = quantum.extract %258[%extracted_127] : !quantum.reg -> !quantum.bit
    %261 = memref.load %alloca[] : memref<index>
    %262 = index.add %261, %idx1
    memref.store %262, %alloca[] : memref<index>
    %extracted_222 = tensor.extract %arg3[%261] : tensor<?xf64>
    %out_qubits_223:2 = quantum.multirz(%extracted_222) %259, %260 : !quantum.bit, !quantum.bit
    %263 = quantum.insert %258[%extracted_126], %out_qubits_223#0 : !quantum.reg, !quantum.bit
    %264 = quantum.insert %263[%extracted_127], %out_qubits_223#1 : !quantum.reg, !quantum.bit
    %265 = quantum.extract %264[%extracted_130] : !quantum.reg -> !quantum.bit
    %266 = quantum.extract %264[%extracted_131] : !quantum.reg -> !quantum.bit
    %267 = memref.load %alloca[] : memref<index>
    %268 = index.add %267, %idx1
    memref.store %268, %alloca[] : memref<index>
    %extracted_224 = tensor.extract %arg3[%267] : tensor<?xf64>
    %out_qubits_225:2 = quantum.multirz(%extracted_224) %265, %266 : !quantum.bit, !quantum.bit
    %269 = quantum.insert %264[%extracted_130], %out_qubits_225#0 : !quantum.reg, !quantum.bit
    %270 = quantum.insert %269[%extracted_131], %out_qubits_225#1 : !quantum.reg, !quantum.bit
    %271 = quantum.extract %270[%extracted_134] : !quantum.reg -> !quantum.bit
    %272 = quantum.extract %270[%extracted_135] : !quantum.reg -> !quantum.bit
    %273 = memref.load %alloca[] : memref<index>
    %274 = index.add %273, %idx1
    memref.store %274, %alloca[] : memref<index>
    %extracted_226 = tensor.extract %arg3[%273] : tensor<?xf64>
    %out_qubits_227:2 = quantum.multirz(%extracted_226) %271, %272 : !quantum.bit, !quantum.bit
    %275 = quantum.insert %270[%extracted_134], %out_qubits_227#0 : !quantum.reg, !quantum.bit
    %276 = quantum.insert %275[%extracted_135], %out_qubits_227#1 : !quantum.reg, !quantum.bit
    %277 = quantum.extract %276[%extracted_138] : !quantum.reg -> !quantum.bit
    %278 = quantum.extract %276[%extracted_139] : !quantum.reg -> !quantum.bit
    %279 = memref.load %alloca[] : memref<index>
    %280 = index.add %279, %idx1
    memref.store %280, %alloca[] : memref<index>
    %extracted_228 = tensor.extract %arg3[%279] : tensor<?xf64>
    %out_qubits_229:2 = quantum.multirz(%extracted_228) %277, %278 : !quantum.bit, !quantum.bit
    %281 = quantum.insert %276[%extracted_138], %out_qubits_229#0 : !quantum.reg, !quantum.bit
    %282 = quantum.insert %281[%extracted_139], %out_qubits_229#1 : !quantum.reg, !quantum.bit
    %283 = quantum.extract %282[%extracted_142] : !quantum.reg -> !quantum.bit
    %284 = quantum.extract %282[%extracted_143] : !quantum.reg -> !quantum.bit
    %285 = memref.load %alloca[] : memref<index>
    %286 = index.add %285, %idx1
    memref.store %286, %alloca[] : memref<index>
    %extracted_230 = tensor.extract %arg3[%285] : tensor<?xf64>
    %out_qubits_231:2 = quantum.multirz(%extracted_230) %283, %284 : !quantum.bit, !quantum.bit
    %287 = quantum.insert %282[%extracted_142], %out_qubits_231#0 : !quantum.reg, !quantum.bit
    %288 = quantum.insert %287[%extracted_143], %out_qubits_231#1 : !quantum.reg, !quantum.bit
    %289 = quantum.extract %288[%extracted_146] : !quantum.reg -> !quantum.bit
    %290 = quantum.extract %288[%extracted_147] : !quantum.reg -> !quantum.bit
    %291 = memref.load %alloca[] : memref<index>
    %292 = index.add %291, %idx1
    memref.store %292, %alloca[] : memref<index>
    %extracted_232 = tensor.extract %arg3[%291] : tensor<?xf64>
    %out_qubits_233:2 = quantum.multirz(%extracted_232) %289, %290 : !quantum.bit, !quantum.bit
    %293 = quantum.insert %288[%extracted_146], %out_qubits_233#0 : !quantum.reg, !quantum.bit
    %294 = quantum.insert %293[%extracted_147], %out_qubits_233#1 : !quantum.reg, !quantum.bit
    %295 = quantum.extract %294[%extracted_150] : !quantum.reg -> !quantum.bit
    %296 = quantum.extract %294[%extracted_151] : !quantum.reg -> !quantum.bit
    %297 = memref.load %alloca[] : memref<index>
    %298 = index.add %297, %idx1
    memref.store %298, %alloca[] : memref<index>
    %extracted_234 = tensor.extract %arg3[%297] : tensor<?xf64>
    %out_qubits_235:2 = quantum.multirz(%extracted_234) %295, %296 : !quantum.bit, !quantum.bit
    %299 = quantum.insert %294[%extracted_150], %out_qubits_235#0 : !quantum.reg, !quantum.bit
    %300 = quantum.insert %299[%extracted_151], %out_qubits_235#1 : !quantum.reg, !quantum.bit
    %301 = quantum.extract %300[%extracted_154] : !quantum.reg -> !quantum.bit
    %302 = quantum.extract %300[%extracted_155] : !quantum.reg -> !quantum.bit
    %303 = memref.load %alloca[] : memref<index>
    %304 = index.add %303, %idx1
    memref.store %304, %alloca[] : memref<index>
    %extracted_236 = tensor.extract %arg3[%303] : tensor<?xf64>
    %out_qubits_237:2 = quantum.multirz(%extracted_236) %301, %302 : !quantum.bit, !quantum.bit
    %305 = quantum.insert %300[%extracted_154], %out_qubits_237#0 : !quantum.reg, !quantum.bit
    %306 = quantum.insert %305[%extracted_155], %out_qubits_237#1 : !quantum.reg, !quantum.bit
    %307 = quantum.extract %306[%extracted_158] : !quantum.reg -> !quantum.bit
    %308 = quantum.extract %306[%extracted_159] : !quantum.reg -> !quantum.bit
    %309 = memref.load %alloca[] : memref<index>
    %310 = index.add %309, %idx1
    memref.store %310, %alloca[] : memref<index>
    %extracted_238 = tensor.extract %arg3[%309] : tensor<?xf64>
    %out_qubits_239:2 = quantum.multirz(%extracted_238) %307, %308 : !quantum.bit, !quantum.bit
    %311 = quantum.insert %306[%extracted_158], %out_qubits_239#0 : !quantum.reg, !quantum.bit
    %312 = quantum.insert %311[%extracted_159], %out_qubits_239#1 : !quantum.reg, !quantum.bit
    %313 = quantum.extract %312[%extracted_162] : !quantum.reg -> !quantum.bit
    %314 = quantum.extract %312[%extracted_163] : !quantum.reg -> !quantum.bit
    %315 = memref.load %alloca[] : memref<index>
    %316 = index.add %315, %idx1
    memref.store %316, %alloca[] : memref<index>
    %extracted_240 = tensor.extract %arg3[%315] : tensor<?xf64>
    %out_qubits_241:2 = quantum.multirz(%extracted_240) %313, %314 : !quantum.bit, !quantum.bit
    %317 = quantum.insert %312[%extracted_162], %out_qubits_241#0 : !quantum.reg, !quantum.bit
    %318 = quantum.insert %317[%extracted_163], %out_qubits_241#1 : !quantum.reg, !quantum.bit
    %319 = quantum.extract %318[%extracted_166] : !quantum.reg -> !quantum.bit
    %320 = quantum.extract %318[%extracted_167] : !quantum.reg -> !quantum.bit
    %321 = memref.load %alloca[] : memref<index>
    %322 = index.add %321, %idx1
    memref.store %322, %alloca[] : memref<index>
    %extracted_242 = tensor.extract %arg3[%321] : tensor<?xf64>
    %out_qubits_243:2 = quantum.multirz(%extracted_242) %319, %320 : !quantum.bit, !quantum.bit
    %323 = quantum.insert %318[%extracted_166], %out_qubits_243#0 : !quantum.reg, !quantum.bit
    %324 = quantum.insert %323[%extracted_167], %out_qubits_243#1 : !quantum.reg, !quantum.bit
    %325 = quantum.extract %324[%extracted_170] : !quantum.reg -> !quantum.bit
    %326 = quantum.extract %324[%extracted_171] : !quantum.reg -> !quantum.bit
    %327 = memref.load %alloca[] : memref<index>
    %328 = index.add %327, %idx1
    memref.store %328, %alloca[] : memref<index>
    %extracted_244 = tensor.extract %arg3[%327] : tensor<?xf64>
    %out_qubits_245:2 = quantum.multirz(%extracted_244) %325, %326 : !quantum.bit, !quantum.bit
    %329 = quantum.insert %324[%extracted_170], %out_qubits_245#0 : !quantum.reg, !quantum.bit
    %330 = quantum.insert %329[%extracted_171], %out_qubits_245#1 : !quantum.reg, !quantum.bit
    %331 = quantum.extract %330[%extracted_174] : !quantum.reg -> !quantum.bit
    %332 = quantum.extract %330[%extracted_175] : !quantum.reg -> !quantum.bit
    %333 = memref.load %alloca[] : memref<index>
    %334 = index.add %333, %idx1
    memref.store %334, %alloca[] : memref<index>
    %extracted_246 = tensor.extract %arg3[%333] : tensor<?xf64>
    %out_qubits_247:2 = quantum.multirz(%extracted_246) %331, %332 : !quantum.bit, !quantum.bit
    %335 = quantum.insert %330[%extracted_174], %out_qubits_247#0 : !quantum.reg, !quantum.bit
    %336 = quantum.insert %335[%extracted_175], %out_qubits_247#1 : !quantum.reg, !quantum.bit
    %337 = quantum.extract %336[ 13] : !quantum.reg -> !quantum.bit
    %338 = memref.load %alloca[] : memref<index>
    %339 = index.add %338, %idx1
    memref.store %339, %alloca[] : memref<index>
    %extracted_248 = tensor.extract %arg3[%338] : tensor<?xf64>
    %out_qubits_249 = quantum.custom "RX"(%extracted_248) %337 : !quantum.bit
    %340 = quantum.extract %336[ 12] : !quantum.reg -> !quantum.bit
    %341 = memref.load %alloca[] : memref<index>
    %342 = index.add %341, %idx1
    memref.store %342, %alloca[] : memref<index>
    %extracted_250 = tensor.extract %arg3[%341] : tensor<?xf64>
    %out_qubits_251 = quantum.custom "RX"(%extracted_250) %340 : !quantum.bit
    %343 = quantum.extract %336[ 11] : !quantum.reg -> !quantum.bit
    %344 = memref.load %alloca[] : memref<index>
    %345 = index.add %344, %idx1
    memref.store %345, %alloca[] : memref<index>
    %extracted_252 = tensor.extract %arg3[%344] : tensor<?xf64>
    %out_qubits_253 = quantum.custom "RX"(%extracted_252) %343 : !quantum.bit
    %346 = quantum.extract %336[ 10] : !quantum.reg -> !quantum.bit
    %347 = memref.load %alloca[] : memref<index>
    %348 = index.add %347, %idx1
    memref.store %348, %alloca[] : memref<index>
    %extracted_254 = tensor.extract %arg3[%347] : tensor<?xf64>
    %out_qubits_255 = quantum.custom "RX"(%extracted_254) %346 : !quantum.bit
    %349 = quantum.extract %336[ 9] : !quantum.reg -> !quantum.bit
    %350 = memref.load %alloca[] : memref<index>
    %351 = index.add %350, %idx1
    memref.store %351, %alloca[] : memref<index>
    %extracted_256 = tensor.extract %arg3[%350] : tensor<?xf64>
    %out_qubits_257 = quantum.custom "RX"(%extracted_256) %349 : !quantum.bit
    %352 = quantum.extract %336[ 8] : !quantum.reg -> !quantum.bit
    %353 = memref.load %alloca[] : memref<index>
    %354 = index.add %353, %idx1
    memref.store %354, %alloca[] : memref<index>
    %extracted_258 = tensor.extract %arg3[%353] : tensor<?xf64>
    %out_qubits_259 = quantum.custom "RX"(%extracted_258) %352 : !quantum.bit
    %355 = quantum.extract %336[ 7] : !quantum.reg -> !quantum.bit
    %356 = memref.load %alloca[] : memref<index>
    %357 = index.add %356, %idx1
    memref.store %357, %alloca[] : memref<index>
    %extracted_260 = tensor.extract %arg3[%356] : tensor<?xf64>
    %out_qubits_261 = quantum.custom "RX"(%extracted_260) %355 : !quantum.bit
    %358 = quantum.extract %336[ 6] : !quantum.reg -> !quantum.bit
    %359 = memref.load %alloca[] : memref<index>
    %360 = index.add %359, %idx1
    memref.store %360, %alloca[] : memref<index>
    %extracted_262 = tensor.extract %arg3[%359] : tensor<?xf64>
    %out_qubits_263 = quantum.custom "RX"(%extracted_262) %358 : !quantum.bit
    %361 = quantum.extract %336[ 5] : !quantum.reg -> !quantum.bit
    %362 = memref.load %alloca[] : memref<index>
    %363 = index.add %362, %idx1
    memref.store %363, %alloca[] : memref<index>
    %extracted_264 = tensor.extract %arg3[%362] : tensor<?xf64>
    %out_qubits_265 = quantum.custom "RX"(%extracted_264) %361 : !quantum.bit
    %364 = quantum.extract %336[ 4] : !quantum.reg -> !quantum.bit
    %365 = memref.load %alloca[] : memref<index>
    %366 = index.add %365, %idx1
    memref.store %366, %alloca[] : memref<index>
    %extracted_266 = tensor.extract %arg3[%365] : tensor<?xf64>
    %out_qubits_267 = quantum.custom "RX"(%extracted_266) %364 : !quantum.bit
    %367 = quantum.extract %336[ 3] : !quantum.reg -> !quantum.bit
    %368 = memref.load %alloca[] : memref<index>
    %369 = index.add %368, %idx1
    memref.store %369, %alloca[] : memref<index>
    %extracted_268 = tensor.extract %arg3[%368] : tensor<?xf64>
    %out_qubits_269 = quantum.custom "RX"(%extracted_268) %367 : !quantum.bit
    %370 = quantum.extract %336[ 2] : !quantum.reg -> !quantum.bit
    %371 = memref.load %alloca[] : memref<index>
    %372 = index.add %371, %idx1
    memref.store %372, %alloca[] : memref<index>
    %extracted_270 = tensor.extract %arg3[%371] : tensor<?xf64>
    %out_qubits_271 = quantum.custom "RX"(%extracted_270) %370 : !quantum.bit
    %373 = quantum.extract %336[ 1] : !quantum.reg -> !quantum.bit
    %374 = memref.load %alloca[] : memref<index>
    %375 = index.add %374, %idx1
    memref.store %375, %alloca[] : memref<index>
    %extracted_272 = tensor.extract %arg3[%374] : tensor<?xf64>
    %out_qubits_273 = quantum.custom "RX"(%extracted_272) %373 : !quantum.bit
    %376 = quantum.extract %336[ 0] : !quantum.reg -> !quantum.bit
    %377 = memref.load %alloca[] : memref<index>
    %378 = index.add %377, %idx1
    memref.store %378, %alloca[] : memref<index>
    %extracted_274 = tensor.extract %arg3[%377] : tensor<?xf64>
    %out_qubits_275 = quantum.custom "RX"(%extracted_274) %376 : !quantum.bit
    %379 = quantum.insert %336[ 0], %out_qubits_275 : !quantum.reg, !quantum.bit
    %380 = quantum.insert %379[ 1], %out_qubits_273 : !quantum.reg, !quantum.bit
    %381 = quantum.insert %380[ 2], %out_qubits_271 : !quantum.reg, !quantum.bit
    %382 = quantum.insert %381[ 3], %out_qubits_269 : !quantum.reg, !quantum.bit
    %383 = quantum.insert %382[ 4], %out_qubits_267 : !quantum.reg, !quantum.bit
    %384 = quantum.insert %383[ 5], %out_qubits_265 : !quantum.reg, !quantum.bit
    %385 = quantum.insert %384[ 6], %out_qubits_263 : !quantum.reg, !quantum.bit
    %386 = quantum.insert %385[ 7], %out_qubits_261 : !quantum.reg, !quantum.bit
    %387 = quantum.insert %386[ 8], %out_qubits_259 : !quantum.reg, !quantum.bit
    %388 = quantum.insert %387[ 9], %out_qubits_257 : !quantum.reg, !quantum.bit
    %389 = quantum.insert %388[ 10], %out_qubits_255 : !quantum.reg, !quantum.bit
    %390 = quantum.insert %389[ 11], %out_qubits_253 : !quantum.reg, !quantum.bit
    %391 = quantum.insert %390[ 12], %out_qubits_251 : !quantum.reg, !quantum.bit
    %392 = quantum.insert %391[ 13], %out_qubits_249 : !quantum.reg, !quantum.bit
    %393 = quantum.extract %392[%extracted] : !quantum.reg -> !quantum.bit
    %394 = quantum.extract %392[%extracted_95] : !quantum.reg -> !quantum.bit
    %395 = memref.load %alloca[] : memref<index>
    %396 = index.add %395, %idx1
    memref.store %396, %alloca[] : memref<index>
    %extracted_276 = tensor.extract %arg3[%395] : tensor<?xf64>
    %out_qubits_277:2 = quantum.multirz(%extracted_276) %393, %394 : !quantum.bit, !quantum.bit
    %397 = quantum.insert %392[%extracted], %out_qubits_277#0 : !quantum.reg, !quantum.bit
    %398 = quantum.insert %397[%extracted_95], %out_qubits_277#1 : !quantum.reg, !quantum.bit
    %399 = quantum.extract %398[%extracted_98] : !quantum.reg -> !quantum.bit
    %400 = quantum.extract %398[%extracted_99] : !quantum.reg -> !quantum.bit
    %401 = memref.load %alloca[] : memref<index>
    %402 = index.add %401, %idx1
    memref.store %402, %alloca[] : memref<index>
    %extracted_278 = tensor.extract %arg3[%401] : tensor<?xf64>
    %out_qubits_279:2 = quantum.multirz(%extracted_278) %399, %400 : !quantum.bit, !quantum.bit
    %403 = quantum.insert %398[%extracted_98], %out_qubits_279#0 : !quantum.reg, !quantum.bit
    %404 = quantum.insert %403[%extracted_99], %out_qubits_279#1 : !quantum.reg, !quantum.bit
    %405 = quantum.extract %404[%extracted_102] : !quantum.reg -> !quantum.bit
    %406 = quantum.extract %404[%extracted_103] : !quantum.reg -> !quantum.bit
    %407 = memref.load %alloca[] : memref<index>
    %408 = index.add %407, %idx1
    memref.store %408, %alloca[] : memref<index>
    %extracted_280 = tensor.extract %arg3[%407] : tensor<?xf64>
    %out_qubits_281:2 = quantum.multirz(%extracted_280) %405, %406 : !quantum.bit, !quantum.bit
    %409 = quantum.insert %404[%extracted_102], %out_qubits_281#0 : !quantum.reg, !quantum.bit
    %410 = quantum.insert %409[%extracted_103], %out_qubits_281#1 : !quantum.reg, !quantum.bit
    %411 = quantum.extract %410[%extracted_106] : !quantum.reg -> !quantum.bit
    %412 = quantum.extract %410[%extracted_107] : !quantum.reg -> !quantum.bit
    %413 = memref.load %alloca[] : memref<index>
    %414 = index.add %413, %idx1
    memref.store %414, %alloca[] : memref<index>
    %extracted_282 = tensor.extract %arg3[%413] : tensor<?xf64>
    %out_qubits_283:2 = quantum.multirz(%extracted_282) %411, %412 : !quantum.bit, !quantum.bit
    %415 = quantum.insert %410[%extracted_106], %out_qubits_283#0 : !quantum.reg, !quantum.bit
    %416 = quantum.insert %415[%extracted_107], %out_qubits_283#1 : !quantum.reg, !quantum.bit
    %417 = quantum.extract %416[%extracted_110] : !quantum.reg -> !quantum.bit
    %418 = quantum.extract %416[%extracted_111] : !quantum.reg -> !quantum.bit
    %419 = memref.load %alloca[] : memref<index>
    %420 = index.add %419, %idx1
    memref.store %420, %alloca[] : memref<index>
    %extracted_284 = tensor.extract %arg3[%419] : tensor<?xf64>
    %out_qubits_285:2 = quantum.multirz(%extracted_284) %417, %418 : !quantum.bit, !quantum.bit
    %421 = quantum.insert %416[%extracted_110], %out_qubits_285#0 : !quantum.reg, !quantum.bit
    %422 = quantum.insert %421[%extracted_111], %out_qubits_285#1 : !quantum.reg, !quantum.bit
    %423 = quantum.extract %422[%extracted_114] : !quantum.reg -> !quantum.bit
    %424 = quantum.extract %422[%extracted_115] : !quantum.reg -> !quantum.bit
    %425 = memref.load %alloca[] : memref<index>
    %426 = index.add %425, %idx1
    memref.store %426, %alloca[] : memref<index>
    %extracted_286 = tensor.extract %arg3[%425] : tensor<?xf64>
    %out_qubits_287:2 = quantum.multirz(%extracted_286) %423, %424 : !quantum.bit, !quantum.bit
    %427 = quantum.insert %422[%extracted_114], %out_qubits_287#0 : !quantum.reg, !quantum.bit
    %428 = quantum.insert %427[%extracted_115], %out_qubits_287#1 : !quantum.reg, !quantum.bit
    %429 = quantum.extract %428[%extracted_118] : !quantum.reg -> !quantum.bit
    %430 = quantum.extract %428[%extracted_119] : !quantum.reg -> !quantum.bit
    %431 = memref.load %alloca[] : memref<index>
    %432 = index.add %431, %idx1
    memref.store %432, %alloca[] : memref<index>
    %extracted_288 = tensor.extract %arg3[%431] : tensor<?xf64>
    %out_qubits_289:2 = quantum.multirz(%extracted_288) %429, %430 : !quantum.bit, !quantum.bit
    %433 = quantum.insert %428[%extracted_118], %out_qubits_289#0 : !quantum.reg, !quantum.bit
    %434 = quantum.insert %433[%extracted_119], %out_qubits_289#1 : !quantum.reg, !quantum.bit
    %435 = quantum.extract %434[%extracted_122] : !quantum.reg -> !quantum.bit
    %436 = quantum.extract %434[%extracted_123] : !quantum.reg -> !quantum.bit
    %437 = memref.load %alloca[] : memref<index>
    %438 = index.add %437, %idx1
    memref.store %438, %alloca[] : memref<index>
    %extracted_290 = tensor.extract %arg3[%437] : tensor<?xf64>
    %out_qubits_291:2 = quantum.multirz(%extracted_290) %435, %436 : !quantum.bit, !quantum.bit
    %439 = quantum.insert %434[%extracted_122], %out_qubits_291#0 : !quantum.reg, !quantum.bit
    %440 = quantum.insert %439[%extracted_123], %out_qubits_291#1 : !quantum.reg, !quantum.bit
    %441 = quantum.extract %440[%extracted_126] : !quantum.reg -> !quantum.bit
    %442 = quantum.extract %440[%extracted_127] : !quantum.reg -> !quantum.bit
    %443 = memref.load %alloca[] : memref<index>
    %444 = index.add %443, %idx1
    memref.store %444, %alloca[] : memref<index>
    %extracted_292 = tensor.extract %arg3[%443] : tensor<?xf64>
    %out_qubits_293:2 = quantum.multirz(%extracted_292) %441, %442 : !quantum.bit, !quantum.bit
    %445 = quantum.insert %440[%extracted_126], %out_qubits_293#0 : !quantum.reg, !quantum.bit
    %446 = quantum.insert %445[%extracted_127], %out_qubits_293#1 : !quantum.reg, !quantum.bit
    %447 = quantum.extract %446[%extracted_130] : !quantum.reg -> !quantum.bit
    %448 = quantum.extract %446[%extracted_131] : !quantum.reg -> !quantum.bit
    %449 = memref.load %alloca[] : memref<index>
    %450 = index.add %449, %idx1
    memref.store %450, %alloca[] : memref<index>
    %extracted_294 = tensor.extract %arg3[%449] : tensor<?xf64>
    %out_qubits_295:2 = quantum.multirz(%extracted_294) %447, %448 : !quantum.bit, !quantum.bit
    %451 = quantum.insert %446[%extracted_130], %out_qubits_295#0 : !quantum.reg, !quantum.bit
    %452 = quantum.insert %451[%extracted_131], %out_qubits_295#1 : !quantum.reg, !quantum.bit
    %453 = quantum.extract %452[%extracted_134] : !quantum.reg -> !quantum.bit
    %454 = quantum.extract %452[%extracted_135] : !quantum.reg -> !quantum.bit
    %455 = memref.load %alloca[] : memref<index>
    %456 = index.add %455, %idx1
    memref.store %456, %alloca[] : memref<index>
    %extracted_296 = tensor.extract %arg3[%455] : tensor<?xf64>
    %out_qubits_297:2 = quantum.multirz(%extracted_296) %453, %454 : !quantum.bit, !quantum.bit
    %457 = quantum.insert %452[%extracted_134], %out_qubits_297#0 : !quantum.reg, !quantum.bit
    %458 = quantum.insert %457[%extracted_135], %out_qubits_297#1 : !quantum.reg, !quantum.bit
    %459 = quantum.extract %458[%extracted_138] : !quantum.reg -> !quantum.bit
    %460 = quantum.extract %458[%extracted_139] : !quantum.reg -> !quantum.bit
    %461 = memref.load %alloca[] : memref<index>
    %462 = index.add %461, %idx1
    memref.store %462, %alloca[] : memref<index>
    %extracted_298 = tensor.extract %arg3[%461] : tensor<?xf64>
    %out_qubits_299:2 = quantum.multirz(%extracted_298) %459, %460 : !quantum.bit, !quantum.bit
    %463 = quantum.insert %458[%extracted_138], %out_qubits_299#0 : !quantum.reg, !quantum.bit
    %464 = quantum.insert %463[%extracted_139], %out_qubits_299#1 : !quantum.reg, !quantum.bit
    %465 = quantum.extract %464[%extracted_142] : !quantum.reg -> !quantum.bit
    %466 = quantum.extract %464[%extracted_143] : !quantum.reg -> !quantum.bit
    %467 = memref.load %alloca[] : memref<index>
    %468 = index.add %467, %idx1
    memref.store %468, %alloca[] : memref<index>
    %extracted_300 = tensor.extract %arg3[%467] : tensor<?xf64>
    %out_qubits_301:2 = quantum.multirz(%extracted_300) %465, %466 : !quantum.bit, !quantum.bit
    %469 = quantum.insert %464[%extracted_142], %out_qubits_301#0 : !quantum.reg, !quantum.bit
    %470 = quantum.insert %469[%extracted_143], %out_qubits_301#1 : !quantum.reg, !quantum.bit
    %471 = quantum.extract %470[%extracted_146] : !quantum.reg -> !quantum.bit
    %472 = quantum.extract %470[%extracted_147] : !quantum.reg -> !quantum.bit
    %473 = memref.load %alloca[] : memref<index>
    %474 = index.add %473, %idx1
    memref.store %474, %alloca[] : memref<index>
    %extracted_302 = tensor.extract %arg3[%473] : tensor<?xf64>
    %out_qubits_303:2 = quantum.multirz(%extracted_302) %471, %472 : !quantum.bit, !quantum.bit
    %475 = quantum.insert %470[%extracted_146], %out_qubits_303#0 : !quantum.reg, !quantum.bit
    %476 = quantum.insert %475[%extracted_147], %out_qubits_303#1 : !quantum.reg, !quantum.bit
    %477 = quantum.extract %476[%extracted_150] : !quantum.reg -> !quantum.bit
    %478 = quantum.extract %476[%extracted_151] : !quantum.reg -> !quantum.bit
    %479 = memref.load %alloca[] : memref<index>
    %480 = index.add %479, %idx1
    memref.store %480, %alloca[] : memref<index>
    %extracted_304 = tensor.extract %arg3[%479] : tensor<?xf64>
    %out_qubits_305:2 = quantum.multirz(%extracted_304) %477, %478 : !quantum.bit, !quantum.bit
    %481 = quantum.insert %476[%extracted_150], %out_qubits_305#0 : !quantum.reg, !quantum.bit
    %482 = quantum.insert %481[%extracted_151], %out_qubits_305#1 : !quantum.reg, !quantum.bit
    %483 = quantum.extract %482[%extracted_154] : !quantum.reg -> !quantum.bit
    %484 = quantum.extract %482[%extracted_155] : !quantum.reg -> !quantum.bit
    %485 = memref.load %alloca[] : memref<index>
    %486 = index.add %485, %idx1
    memref.store %486, %alloca[] : memref<index>
    %extracted_306 = tensor.extract %arg3[%485] : tensor<?xf64>
    %out_qubits_307:2 = quantum.multirz(%extracted_306) %483, %484 : !quantum.bit, !quantum.bit
    %487 = quantum.insert %482[%extracted_154], %out_qubits_307#0 : !quantum.reg, !quantum.bit
    %488 = quantum.insert %487[%extracted_155], %out_qubits_307#1 : !quantum.reg, !quantum.bit
    %489 = quantum.extract %488[%extracted_158] : !quantum.reg -> !quantum.bit
    %490 = quantum.extract %488[%extracted_159] : !quantum.reg -> !quantum.bit
    %491 = memref.load %alloca[] : memref<index>
    %492 = index.add %491, %idx1
    memref.store %492, %alloca[] : memref<index>
    %extracted_308 = tensor.extract %arg3[%491] : tensor<?xf64>
    %out_qubits_309:2 = quantum.multirz(%extracted_308) %489, %490 : !quantum.bit, !quantum.bit
    %493 = quantum.insert %488[%extracted_158], %out_qubits_309#0 : !quantum.reg, !quantum.bit
    %494 = quantum.insert %493[%extracted_159], %out_qubits_309#1 : !quantum.reg, !quantum.bit
    %495 = quantum.extract %494[%extracted_162] : !quantum.reg -> !quantum.bit
    %496 = quantum.extract %494[%extracted_163] : !quantum.reg -> !quantum.bit
    %497 = memref.load %alloca[] : memref<index>
    %498 = index.add %497, %idx1
    memref.store %498, %alloca[] : memref<index>
    %extracted_310 = tensor.extract %arg3[%497] : tensor<?xf64>
    %out_qubits_311:2 = quantum.multirz(%extracted_310) %495, %496 : !quantum.bit, !quantum.bit
    %499 = quantum.insert %494[%extracted_162], %out_qubits_311#0 : !quantum.reg, !quantum.bit
    %500 = quantum.insert %499[%extracted_163], %out_qubits_311#1 : !quantum.reg, !quantum.bit
    %501 = quantum.extract %500[%extracted_166] : !quantum.reg -> !quantum.bit
    %502 = quantum.extract %500[%extracted_167] : !quantum.reg -> !quantum.bit
    %503 = memref.load %alloca[] : memref<index>
    %504 = index.add %503, %idx1
    memref.store %504, %alloca[] : memref<index>
    %extracted_312 = tensor.extract %arg3[%503] : tensor<?xf64>
    %out_qubits_313:2 = quantum.multirz(%extracted_312) %501, %502 : !quantum.bit, !quantum.bit
    %505 = quantum.insert %500[%extracted_166], %out_qubits_313#0 : !quantum.reg, !quantum.bit
    %506 = quantum.insert %505[%extracted_167], %out_qubits_313#1 : !quantum.reg, !quantum.bit
    %507 = quantum.extract %506[%extracted_170] : !quantum.reg -> !quantum.bit
    %508 = quantum.extract %506[%extracted_171] : !quantum.reg -> !quantum.bit
    %509 = memref.load %alloca[] : memref<index>
    %510 = index.add %509, %idx1
    memref.store %510, %alloca[] : memref<index>
    %extracted_314 = tensor.extract %arg3[%509] : tensor<?xf64>
    %out_qubits_315:2 = quantum.multirz(%extracted_314) %507, %508 : !quantum.bit, !quantum.bit
    %511 = quantum.insert %506[%extracted_170], %out_qubits_315#0 : !quantum.reg, !quantum.bit
    %512 = quantum.insert %511[%extracted_171], %out_qubits_315#1 : !quantum.reg, !quantum.bit
    %513 = quantum.extract %512[%extracted_174] : !quantum.reg -> !quantum.bit
    %514 = quantum.extract %512[%extracted_175] : !quantum.reg -> !quantum.bit
    %515 = memref.load %alloca[] : memref<index>
    %516 = index.add %515, %idx1
    memref.store %516, %alloca[] : memref<index>
    %extracted_316 = tensor.extract %arg3[%515] : tensor<?xf64>
    %out_qubits_317:2 = quantum.multirz(%extracted_316) %513, %514 : !quantum.bit, !quantum.bit
    %517 = quantum.insert %512[%extracted_174], %out_qubits_317#0 : !quantum.reg, !quantum.bit
    %518 = quantum.insert %517[%extracted_175], %out_qubits_317#1 : !quantum.reg, !quantum.bit
    %519 = quantum.extract %518[ 0] : !quantum.reg -> !quantum.bit
    %520 = memref.load %alloca[] : memref<index>
    %521 = index.add %520, %idx1
    memref.store %521, %alloca[] : memref<index>
    %extracted_318 = tensor.extract %arg3[%520] : tensor<?xf64>
    %out_qubits_319 = quantum.custom "RX"(%extracted_318) %519 : !quantum.bit
    %522 = quantum.extract %518[ 1] : !quantum.reg -> !quantum.bit
    %523 = memref.load %alloca[] : memref<index>
    %524 = index.add %523, %idx1
    memref.store %524, %alloca[] : memref<index>
    %extracted_320 = tensor.extract %arg3[%523] : tensor<?xf64>
    %out_qubits_321 = quantum.custom "RX"(%extracted_320) %522 : !quantum.bit
    %525 = quantum.extract %518[ 2] : !quantum.reg -> !quantum.bit
    %526 = memref.load %alloca[] : memref<index>
    %527 = index.add %526, %idx1
    memref.store %527, %alloca[] : memref<index>
    %extracted_322 = tensor.extract %arg3[%526] : tensor<?xf64>
    %out_qubits_323 = quantum.custom "RX"(%extracted_322) %525 : !quantum.bit
    %528 = quantum.extract %518[ 3] : !quantum.reg -> !quantum.bit
    %529 = memref.load %alloca[] : memref<index>
    %530 = index.add %529, %idx1
    memref.store %530, %alloca[] : memref<index>
    %extracted_324 = tensor.extract %arg3[%529] : tensor<?xf64>
    %out_qubits_325 = quantum.custom "RX"(%extracted_324) %528 : !quantum.bit
    %531 = quantum.extract %518[ 4] : !quantum.reg -> !quantum.bit
    %532 = memref.load %alloca[] : memref<index>
    %533 = index.add %532, %idx1
    memref.store %533, %alloca[] : memref<index>
    %extracted_326 = tensor.extract %arg3[%532] : tensor<?xf64>
    %out_qubits_327 = quantum.custom "RX"(%extracted_326) %531 : !quantum.bit
    %534 = quantum.extract %518[ 5] : !quantum.reg -> !quantum.bit
    %535 = memref.load %alloca[] : memref<index>
    %536 = index.add %535, %idx1
    memref.store %536, %alloca[] : memref<index>
    %extracted_328 = tensor.extract %arg3[%535] : tensor<?xf64>
    %out_qubits_329 = quantum.custom "RX"(%extracted_328) %534 : !quantum.bit
    %537 = quantum.extract %518[ 6] : !quantum.reg -> !quantum.bit
    %538 = memref.load %alloca[] : memref<index>
    %539 = index.add %538, %idx1
    memref.store %539, %alloca[] : memref<index>
    %extracted_330 = tensor.extract %arg3[%538] : tensor<?xf64>
    %out_qubits_331 = quantum.custom "RX"(%extracted_330) %537 : !quantum.bit
    %540 = quantum.extract %518[ 7] : !quantum.reg -> !quantum.bit
    %541 = memref.load %alloca[] : memref<index>
    %542 = index.add %541, %idx1
    memref.store %542, %alloca[] : memref<index>
    %extracted_332 = tensor.extract %arg3[%541] : tensor<?xf64>
    %out_qubits_333 = quantum.custom "RX"(%extracted_332) %540 : !quantum.bit
    %543 = quantum.extract %518[ 8] : !quantum.reg -> !quantum.bit
    %544 = memref.load %alloca[] : memref<index>
    %545 = index.add %544, %idx1
    memref.store %545, %alloca[] : memref<index>
    %extracted_334 = tensor.extract %arg3[%544] : tensor<?xf64>
    %out_qubits_335 = quantum.custom "RX"(%extracted_334) %543 : !quantum.bit
    %546 = quantum.extract %518[ 9] : !quantum.reg -> !quantum.bit
    %547 = memref.load %alloca[] : memref<index>
    %548 = index.add %547, %idx1
    memref.store %548, %alloca[] : memref<index>
    %extracted_336 = tensor.extract %arg3[%547] : tensor<?xf64>
    %out_qubits_337 = quantum.custom "RX"(%extracted_336) %546 : !quantum.bit
    %549 = quantum.extract %518[ 10] : !quantum.reg -> !quantum.bit
    %550 = memref.load %alloca[] : memref<index>
    %551 = index.add %550, %idx1
    memref.store %551, %alloca[] : memref<index>
    %extracted_338 = tensor.extract %arg3[%550] : tensor<?xf64>
    %out_qubits_339 = quantum.custom "RX"(%extracted_338) %549 : !quantum.bit
    %552 = quantum.extract %518[ 11] : !quantum.reg -> !quantum.bit
    %553 = memref.load %alloca[] : memref<index>
    %554 = index.add %553, %idx1
    memref.store %554, %alloca[] : memref<index>
    %extracted_340 = tensor.extract %arg3[%553] : tensor<?xf64>
    %out_qubits_341 = quantum.custom "RX"(%extracted_340) %552 : !quantum.bit
    %555 = quantum.extract %518[ 12] : !quantum.reg -> !quantum.bit
    %556 = memref.load %alloca[] : memref<index>
    %557 = index.add %556, %idx1
    memref.store %557, %alloca[] : memref<index>
    %extracted_342 = tensor.extract %arg3[%556] : tensor<?xf64>
    %out_qubits_343 = quantum.custom "RX"(%extracted_342) %555 : !quantum.bit
    %558 = quantum.extract %518[ 13] : !quantum.reg -> !quantum.bit
    %559 = memref.load %alloca[] : memref<index>
    %560 = index.add %559, %idx1
    memref.store %560, %alloca[] : memref<index>
    %extracted_344 = tensor.extract %arg3[%559] : tensor<?xf64>
    %out_qubits_345 = quantum.custom "RX"(%extracted_344) %558 : !quantum.bit
    %561 = quantum.insert %518[ 0], %out_qubits_319 : !quantum.reg, !quantum.bit
    %562 = quantum.insert %561[ 1], %out_qubits_321 : !quantum.reg, !quantum.bit
    %563 = quantum.insert %562[ 2], %out_qubits_323 : !quantum.reg, !quantum.bit
    %564 = quantum.insert %563[ 3], %out_qubits_325 : !quantum.reg, !quantum.bit
    %565 = quantum.insert %564[ 4], %out_qubits_327 : !quantum.reg, !quantum.bit
    %566 = quantum.insert %565[ 5], %out_qubits_329 : !quantum.reg, !quantum.bit
    %567 = quantum.insert %566[ 6], %out_qubits_331 : !quantum.reg, !quantum.bit
    %568 = quantum.insert %567[ 7], %out_qubits_333 : !quantum.reg, !quantum.bit
    %569 = quantum.insert %568[ 8], %out_qubits_335 : !quantum.reg, !quantum.bit
    %570 = quantum.insert %569[ 9], %out_qubits_337 : !quantum.reg, !quantum.bit
    %571 = quantum.insert %570[ 10], %out_qubits_339 : !quantum.reg, !quantum.bit
    %572 = quantum.insert %571[ 11], %out_qubits_341 : !quantum.reg, !quantum.bit
    %573 = quantum.insert %572[ 12], %out_qubits_343 : !quantum.reg, !quantum.bit
    %574 = quantum.insert %573[ 13], %out_qubits_345 : !quantum.reg, !quantum.bit
    %575 = quantum.extract %574[%extracted] : !quantum.reg -> !quantum.bit
    %576 = quantum.namedobs %575[ PauliZ] : !quantum.obs
    %577 = quantum.insert %574[%extracted], %575 : !quantum.reg, !quantum.bit
    %578 = quantum.extract %577[%extracted_95] : !quantum.reg -> !quantum.bit
    %579 = quantum.namedobs %578[ PauliZ] : !quantum.obs
    %580 = quantum.tensor %576, %579 : !quantum.obs
    %581 = quantum.insert %577[%extracted_95], %578 : !quantum.reg, !quantum.bit
    %582 = quantum.extract %581[%extracted_98] : !quantum.reg -> !quantum.bit
    %583 = quantum.namedobs %582[ PauliZ] : !quantum.obs
    %584 = quantum.insert %581[%extracted_98], %582 : !quantum.reg, !quantum.bit
    %585 = quantum.extract %584[%extracted_99] : !quantum.reg -> !quantum.bit
    %586 = quantum.namedobs %585[ PauliZ] : !quantum.obs
    %587 = quantum.tensor %583, %586 : !quantum.obs
    %588 = quantum.insert %584[%extracted_99], %585 : !quantum.reg, !quantum.bit
    %589 = quantum.extract %588[%extracted_102] : !quantum.reg -> !quantum.bit
    %590 = quantum.namedobs %589[ PauliZ] : !quantum.obs
    %591 = quantum.insert %588[%extracted_102], %589 : !quantum.reg, !quantum.bit
    %592 = quantum.extract %591[%extracted_103] : !quantum.reg -> !quantum.bit
    %593 = quantum.namedobs %592[ PauliZ] : !quantum.obs
    %594 = quantum.tensor %590, %593 : !quantum.obs
    %595 = quantum.insert %591[%extracted_103], %592 : !quantum.reg, !quantum.bit
    %596 = quantum.extract %595[%extracted_106] : !quantum.reg -> !quantum.bit
    %597 = quantum.namedobs %596[ PauliZ] : !quantum.obs
    %598 = quantum.insert %595[%extracted_106], %596 : !quantum.reg, !quantum.bit
    %599 = quantum.extract %598[%extracted_107] : !quantum.reg -> !quantum.bit
    %600 = quantum.namedobs %599[ PauliZ] : !quantum.obs
    %601 = quantum.tensor %597, %600 : !quantum.obs
    %602 = quantum.insert %598[%extracted_107], %599 : !quantum.reg, !quantum.bit
    %603 = quantum.extract %602[%extracted_110] : !quantum.reg -> !quantum.bit
    %604 = quantum.namedobs %603[ PauliZ] : !quantum.obs
    %605 = quantum.insert %602[%extracted_110], %603 : !quantum.reg, !quantum.bit
    %606 = quantum.extract %605[%extracted_111] : !quantum.reg -> !quantum.bit
    %607 = quantum.namedobs %606[ PauliZ] : !quantum.obs
    %608 = quantum.tensor %604, %607 : !quantum.obs
    %609 = quantum.insert %605[%extracted_111], %606 : !quantum.reg, !quantum.bit
    %610 = quantum.extract %609[%extracted_114] : !quantum.reg -> !quantum.bit
    %611 = quantum.namedobs %610[ PauliZ] : !quantum.obs
    %612 = quantum.insert %609[%extracted_114], %610 : !quantum.reg, !quantum.bit
    %613 = quantum.extract %612[%extracted_115] : !quantum.reg -> !quantum.bit
    %614 = quantum.namedobs %613[ PauliZ] : !quantum.obs
    %615 = quantum.tensor %611, %614 : !quantum.obs
    %616 = quantum.insert %612[%extracted_115], %613 : !quantum.reg, !quantum.bit
    %617 = quantum.extract %616[%extracted_118] : !quantum.reg -> !quantum.bit
    %618 = quantum.namedobs %617[ PauliZ] : !quantum.obs
    %619 = quantum.insert %616[%extracted_118], %617 : !quantum.reg, !quantum.bit
    %620 = quantum.extract %619[%extracted_119] : !quantum.reg -> !quantum.bit
    %621 = quantum.namedobs %620[ PauliZ] : !quantum.obs
    %622 = quantum.tensor %618, %621 : !quantum.obs
    %623 = quantum.insert %619[%extracted_119], %620 : !quantum.reg, !quantum.bit
    %624 = quantum.extract %623[%extracted_122] : !quantum.reg -> !quantum.bit
    %625 = quantum.namedobs %624[ PauliZ] : !quantum.obs
    %626 = quantum.insert %623[%extracted_122], %624 : !quantum.reg, !quantum.bit
    %627 = quantum.extract %626[%extracted_123] : !quantum.reg -> !quantum.bit
    %628 = quantum.namedobs %627[ PauliZ] : !quantum.obs
    %629 = quantum.tensor %625, %628 : !quantum.obs
    %630 = quantum.insert %626[%extracted_123], %627 : !quantum.reg, !quantum.bit
    %631 = quantum.extract %630[%extracted_126] : !quantum.reg -> !quantum.bit
    %632 = quantum.namedobs %631[ PauliZ] : !quantum.obs
    %633 = quantum.insert %630[%extracted_126], %631 : !quantum.reg, !quantum.bit
    %634 = quantum.extract %633[%extracted_127] : !quantum.reg -> !quantum.bit
    %635 = quantum.namedobs %634[ PauliZ] : !quantum.obs
    %636 = quantum.tensor %632, %635 : !quantum.obs
    %637 = quantum.insert %633[%extracted_127], %634 : !quantum.reg, !quantum.bit
    %638 = quantum.extract %637[%extracted_130] : !quantum.reg -> !quantum.bit
    %639 = quantum.namedobs %638[ PauliZ] : !quantum.obs
    %640 = quantum.insert %637[%extracted_130], %638 : !quantum.reg, !quantum.bit
    %641 = quantum.extract %640[%extracted_131] : !quantum.reg -> !quantum.bit
    %642 = quantum.namedobs %641[ PauliZ] : !quantum.obs
    %643 = quantum.tensor %639, %642 : !quantum.obs
    %644 = quantum.insert %640[%extracted_131], %641 : !quantum.reg, !quantum.bit
    %645 = quantum.extract %644[%extracted_134] : !quantum.reg -> !quantum.bit
    %646 = quantum.namedobs %645[ PauliZ] : !quantum.obs
    %647 = quantum.insert %644[%extracted_134], %645 : !quantum.reg, !quantum.bit
    %648 = quantum.extract %647[%extracted_135] : !quantum.reg -> !quantum.bit
    %649 = quantum.namedobs %648[ PauliZ] : !quantum.obs
    %650 = quantum.tensor %646, %649 : !quantum.obs
    %651 = quantum.insert %647[%extracted_135], %648 : !quantum.reg, !quantum.bit
    %652 = quantum.extract %651[%extracted_138] : !quantum.reg -> !quantum.bit
    %653 = quantum.namedobs %652[ PauliZ] : !quantum.obs
    %654 = quantum.insert %651[%extracted_138], %652 : !quantum.reg, !quantum.bit
    %655 = quantum.extract %654[%extracted_139] : !quantum.reg -> !quantum.bit
    %656 = quantum.namedobs %655[ PauliZ] : !quantum.obs
    %657 = quantum.tensor %653, %656 : !quantum.obs
    %658 = quantum.insert %654[%extracted_139], %655 : !quantum.reg, !quantum.bit
    %659 = quantum.extract %658[%extracted_142] : !quantum.reg -> !quantum.bit
    %660 = quantum.namedobs %659[ PauliZ] : !quantum.obs
    %661 = quantum.insert %658[%extracted_142], %659 : !quantum.reg, !quantum.bit
    %662 = quantum.extract %661[%extracted_143] : !quantum.reg -> !quantum.bit
    %663 = quantum.namedobs %662[ PauliZ] : !quantum.obs
    %664 = quantum.tensor %660, %663 : !quantum.obs
    %665 = quantum.insert %661[%extracted_143], %662 : !quantum.reg, !quantum.bit
    %666 = quantum.extract %665[%extracted_146] : !quantum.reg -> !quantum.bit
    %667 = quantum.namedobs %666[ PauliZ] : !quantum.obs
    %668 = quantum.insert %665[%extracted_146], %666 : !quantum.reg, !quantum.bit
    %669 = quantum.extract %668[%extracted_147] : !quantum.reg -> !quantum.bit
    %670 = quantum.namedobs %669[ PauliZ] : !quantum.obs
    %671 = quantum.tensor %667, %670 : !quantum.obs
    %672 = quantum.insert %668[%extracted_147], %669 : !quantum.reg, !quantum.bit
    %673 = quantum.extract %672[%extracted_150] : !quantum.reg -> !quantum.bit
    %674 = quantum.namedobs %673[ PauliZ] : !quantum.obs
    %675 = quantum.insert %672[%extracted_150], %673 : !quantum.reg, !quantum.bit
    %676 = quantum.extract %675[%extracted_151] : !quantum.reg -> !quantum.bit
    %677 = quantum.namedobs %676[ PauliZ] : !quantum.obs
    %678 = quantum.tensor %674, %677 : !quantum.obs
    %679 = quantum.insert %675[%extracted_151], %676 : !quantum.reg, !quantum.bit
    %680 = quantum.extract %679[%extracted_154] : !quantum.reg -> !quantum.bit
    %681 = quantum.namedobs %680[ PauliZ] : !quantum.obs
    %682 = quantum.insert %679[%extracted_154], %680 : !quantum.reg, !quantum.bit
    %683 = quantum.extract %682[%extracted_155] : !quantum.reg -> !quantum.bit
    %684 = quantum.namedobs %683[ PauliZ] : !quantum.obs
    %685 = quantum.tensor %681, %684 : !quantum.obs
    %686 = quantum.insert %682[%extracted_155], %683 : !quantum.reg, !quantum.bit
    %687 = quantum.extract %686[%extracted_158] : !quantum.reg -> !quantum.bit
    %688 = quantum.namedobs %687[ PauliZ] : !quantum.obs
    %689 = quantum.insert %686[%extracted_158], %687 : !quantum.reg, !quantum.bit
    %690 = quantum.extract %689[%extracted_159] : !quantum.reg -> !quantum.bit
    %691 = quantum.namedobs %690[ PauliZ] : !quantum.obs
    %692 = quantum.tensor %688, %691 : !quantum.obs
    %693 = quantum.insert %689[%extracted_159], %690 : !quantum.reg, !quantum.bit
    %694 = quantum.extract %693[%extracted_162] : !quantum.reg -> !quantum.bit
    %695 = quantum.namedobs %694[ PauliZ] : !quantum.obs
    %696 = quantum.insert %693[%extracted_162], %694 : !quantum.reg, !quantum.bit
    %697 = quantum.extract %696[%extracted_163] : !quantum.reg -> !quantum.bit
    %698 = quantum.namedobs %697[ PauliZ] : !quantum.obs
    %699 = quantum.tensor %695, %698 : !quantum.obs
    %700 = quantum.insert %696[%extracted_163], %697 : !quantum.reg, !quantum.bit
    %701 = quantum.extract %700[%extracted_166] : !quantum.reg -> !quantum.bit
    %702 = quantum.namedobs %701[ PauliZ] : !quantum.obs
    %703 = quantum.insert %700[%extracted_166], %701 : !quantum.reg, !quantum.bit
    %704 = quantum.extract %703[%extracted_167] : !quantum.reg -> !quantum.bit
    %705 = quantum.namedobs %704[ PauliZ] : !quantum.obs
    %706 = quantum.tensor %702, %705 : !quantum.obs
    %707 = quantum.insert %703[%extracted_167], %704 : !quantum.reg, !quantum.bit
    %708 = quantum.extract %707[%extracted_170] : !quantum.reg -> !quantum.bit
    %709 = quantum.namedobs %708[ PauliZ] : !quantum.obs
    %710 = quantum.insert %707[%extracted_170], %708 : !quantum.reg, !quantum.bit
    %711 = quantum.extract %710[%extracted_171] : !quantum.reg -> !quantum.bit
    %712 = quantum.namedobs %711[ PauliZ] : !quantum.obs
    %713 = quantum.tensor %709, %712 : !quantum.obs
    %714 = quantum.insert %710[%extracted_171], %711 : !quantum.reg, !quantum.bit
    %715 = quantum.extract %714[%extracted_174] : !quantum.reg -> !quantum.bit
    %716 = quantum.namedobs %715[ PauliZ] : !quantum.obs
    %717 = quantum.insert %714[%extracted_174], %715 : !quantum.reg, !quantum.bit
    %718 = quantum.extract %717[%extracted_175] : !quantum.reg -> !quantum.bit
    %719 = quantum.namedobs %718[ PauliZ] : !quantum.obs
    %720 = quantum.tensor %716, %719 : !quantum.obs
    %721 = quantum.hamiltonian(%arg1 : tensor<21xf64>) %580, %587, %594, %601, %608, %615, %622, %629, %636, %643, %650, %657, %664, %671, %678, %685, %692, %699, %706, %713, %720 : !quantum.obs
    %722 = quantum.expval %721 : f64
    %from_elements = tensor.from_elements %722 : tensor<f64>
    %723 = quantum.insert %717[%extracted_175], %718 : !quantum.reg, !quantum.bit
    quantum.dealloc %723 : !quantum.reg
    quantum.device_release
    return %from_elements : tensor<f64>
  }
  func.func private @energy_0.preprocess(%arg0: tensor<2x3xf64>, %arg1: tensor<21xf64>, %arg2: tensor<21x2xi64>, %arg3: index) -> tensor<f64> {
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
    %extracted_slice_3 = tensor.extract_slice %arg1[20] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_4 = tensor.collapse_shape %extracted_slice_3 [] : tensor<1xf64> into tensor<f64>
    %extracted_5 = tensor.extract %collapsed_4[] : tensor<f64>
    %3 = arith.mulf %2, %extracted_5 : f64
    %extracted_slice_6 = tensor.extract_slice %arg1[19] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_7 = tensor.collapse_shape %extracted_slice_6 [] : tensor<1xf64> into tensor<f64>
    %extracted_8 = tensor.extract %collapsed_7[] : tensor<f64>
    %4 = arith.mulf %2, %extracted_8 : f64
    %extracted_slice_9 = tensor.extract_slice %arg1[18] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_10 = tensor.collapse_shape %extracted_slice_9 [] : tensor<1xf64> into tensor<f64>
    %extracted_11 = tensor.extract %collapsed_10[] : tensor<f64>
    %5 = arith.mulf %2, %extracted_11 : f64
    %extracted_slice_12 = tensor.extract_slice %arg1[17] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_13 = tensor.collapse_shape %extracted_slice_12 [] : tensor<1xf64> into tensor<f64>
    %extracted_14 = tensor.extract %collapsed_13[] : tensor<f64>
    %6 = arith.mulf %2, %extracted_14 : f64
    %extracted_slice_15 = tensor.extract_slice %arg1[16] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_16 = tensor.collapse_shape %extracted_slice_15 [] : tensor<1xf64> into tensor<f64>
    %extracted_17 = tensor.extract %collapsed_16[] : tensor<f64>
    %7 = arith.mulf %2, %extracted_17 : f64
    %extracted_slice_18 = tensor.extract_slice %arg1[15] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_19 = tensor.collapse_shape %extracted_slice_18 [] : tensor<1xf64> into tensor<f64>
    %extracted_20 = tensor.extract %collapsed_19[] : tensor<f64>
    %8 = arith.mulf %2, %extracted_20 : f64
    %extracted_slice_21 = tensor.extract_slice %arg1[14] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_22 = tensor.collapse_shape %extracted_slice_21 [] : tensor<1xf64> into tensor<f64>
    %extracted_23 = tensor.extract %collapsed_22[] : tensor<f64>
    %9 = arith.mulf %2, %extracted_23 : f64
    %extracted_slice_24 = tensor.extract_slice %arg1[13] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_25 = tensor.collapse_shape %extracted_slice_24 [] : tensor<1xf64> into tensor<f64>
    %extracted_26 = tensor.extract %collapsed_25[] : tensor<f64>
    %10 = arith.mulf %2, %extracted_26 : f64
    %extracted_slice_27 = tensor.extract_slice %arg1[12] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_28 = tensor.collapse_shape %extracted_slice_27 [] : tensor<1xf64> into tensor<f64>
    %extracted_29 = tensor.extract %collapsed_28[] : tensor<f64>
    %11 = arith.mulf %2, %extracted_29 : f64
    %extracted_slice_30 = tensor.extract_slice %arg1[11] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_31 = tensor.collapse_shape %extracted_slice_30 [] : tensor<1xf64> into tensor<f64>
    %extracted_32 = tensor.extract %collapsed_31[] : tensor<f64>
    %12 = arith.mulf %2, %extracted_32 : f64
    %extracted_slice_33 = tensor.extract_slice %arg1[10] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_34 = tensor.collapse_shape %extracted_slice_33 [] : tensor<1xf64> into tensor<f64>
    %extracted_35 = tensor.extract %collapsed_34[] : tensor<f64>
    %13 = arith.mulf %2, %extracted_35 : f64
    %extracted_slice_36 = tensor.extract_slice %arg1[9] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_37 = tensor.collapse_shape %extracted_slice_36 [] : tensor<1xf64> into tensor<f64>
    %extracted_38 = tensor.extract %collapsed_37[] : tensor<f64>
    %14 = arith.mulf %2, %extracted_38 : f64
    %extracted_slice_39 = tensor.extract_slice %arg1[8] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_40 = tensor.collapse_shape %extracted_slice_39 [] : tensor<1xf64> into tensor<f64>
    %extracted_41 = tensor.extract %collapsed_40[] : tensor<f64>
    %15 = arith.mulf %2, %extracted_41 : f64
    %extracted_slice_42 = tensor.extract_slice %arg1[7] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_43 = tensor.collapse_shape %extracted_slice_42 [] : tensor<1xf64> into tensor<f64>
    %extracted_44 = tensor.extract %collapsed_43[] : tensor<f64>
    %16 = arith.mulf %2, %extracted_44 : f64
    %extracted_slice_45 = tensor.extract_slice %arg1[6] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_46 = tensor.collapse_shape %extracted_slice_45 [] : tensor<1xf64> into tensor<f64>
    %extracted_47 = tensor.extract %collapsed_46[] : tensor<f64>
    %17 = arith.mulf %2, %extracted_47 : f64
    %extracted_slice_48 = tensor.extract_slice %arg1[5] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_49 = tensor.collapse_shape %extracted_slice_48 [] : tensor<1xf64> into tensor<f64>
    %extracted_50 = tensor.extract %collapsed_49[] : tensor<f64>
    %18 = arith.mulf %2, %extracted_50 : f64
    %extracted_slice_51 = tensor.extract_slice %arg1[4] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_52 = tensor.collapse_shape %extracted_slice_51 [] : tensor<1xf64> into tensor<f64>
    %extracted_53 = tensor.extract %collapsed_52[] : tensor<f64>
    %19 = arith.mulf %2, %extracted_53 : f64
    %extracted_slice_54 = tensor.extract_slice %arg1[3] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_55 = tensor.collapse_shape %extracted_slice_54 [] : tensor<1xf64> into tensor<f64>
    %extracted_56 = tensor.extract %collapsed_55[] : tensor<f64>
    %20 = arith.mulf %2, %extracted_56 : f64
    %extracted_slice_57 = tensor.extract_slice %arg1[2] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_58 = tensor.collapse_shape %extracted_slice_57 [] : tensor<1xf64> into tensor<f64>
    %extracted_59 = tensor.extract %collapsed_58[] : tensor<f64>
    %21 = arith.mulf %2, %extracted_59 : f64
    %extracted_slice_60 = tensor.extract_slice %arg1[1] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_61 = tensor.collapse_shape %extracted_slice_60 [] : tensor<1xf64> into tensor<f64>
    %extracted_62 = tensor.extract %collapsed_61[] : tensor<f64>
    %22 = arith.mulf %2, %extracted_62 : f64
    %extracted_slice_63 = tensor.extract_slice %arg1[0] [1] [1] : tensor<21xf64> to tensor<1xf64>
    %collapsed_64 = tensor.collapse_shape %extracted_slice_63 [] : tensor<1xf64> into tensor<f64>
    %extracted_65 = tensor.extract %collapsed_64[] : tensor<f64>
    %23 = arith.mulf %2, %extracted_65 : f64
    %extracted_slice_66 = tensor.extract_slice %arg0[1, 1] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_67 = tensor.collapse_shape %extracted_slice_66 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_68 = tensor.extract %collapsed_67[] : tensor<f64>
    %24 = arith.mulf %extracted_68, %cst : f64
    %extracted_slice_69 = tensor.extract_slice %arg0[0, 1] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_70 = tensor.collapse_shape %extracted_slice_69 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_71 = tensor.extract %collapsed_70[] : tensor<f64>
    %25 = arith.mulf %extracted_71, %cst : f64
    %26 = arith.mulf %25, %extracted_5 : f64
    %27 = arith.mulf %25, %extracted_8 : f64
    %28 = arith.mulf %25, %extracted_11 : f64
    %29 = arith.mulf %25, %extracted_14 : f64
    %30 = arith.mulf %25, %extracted_17 : f64
    %31 = arith.mulf %25, %extracted_20 : f64
    %32 = arith.mulf %25, %extracted_23 : f64
    %33 = arith.mulf %25, %extracted_26 : f64
    %34 = arith.mulf %25, %extracted_29 : f64
    %35 = arith.mulf %25, %extracted_32 : f64
    %36 = arith.mulf %25, %extracted_35 : f64
    %37 = arith.mulf %25, %extracted_38 : f64
    %38 = arith.mulf %25, %extracted_41 : f64
    %39 = arith.mulf %25, %extracted_44 : f64
    %40 = arith.mulf %25, %extracted_47 : f64
    %41 = arith.mulf %25, %extracted_50 : f64
    %42 = arith.mulf %25, %extracted_53 : f64
    %43 = arith.mulf %25, %extracted_56 : f64
    %44 = arith.mulf %25, %extracted_59 : f64
    %45 = arith.mulf %25, %extracted_62 : f64
    %46 = arith.mulf %25, %extracted_65 : f64
    %extracted_slice_72 = tensor.extract_slice %arg0[1, 0] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_73 = tensor.collapse_shape %extracted_slice_72 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_74 = tensor.extract %collapsed_73[] : tensor<f64>
    %47 = arith.mulf %extracted_74, %cst : f64
    %extracted_slice_75 = tensor.extract_slice %arg0[0, 0] [1, 1] [1, 1] : tensor<2x3xf64> to tensor<1x1xf64>
    %collapsed_76 = tensor.collapse_shape %extracted_slice_75 [] : tensor<1x1xf64> into tensor<f64>
    %extracted_77 = tensor.extract %collapsed_76[] : tensor<f64>
    %48 = arith.mulf %extracted_77, %cst : f64
    %49 = arith.mulf %48, %extracted_5 : f64
    %50 = arith.mulf %48, %extracted_8 : f64
    %51 = arith.mulf %48, %extracted_11 : f64
    %52 = arith.mulf %48, %extracted_14 : f64
    %53 = arith.mulf %48, %extracted_17 : f64
    %54 = arith.mulf %48, %extracted_20 : f64
    %55 = arith.mulf %48, %extracted_23 : f64
    %56 = arith.mulf %48, %extracted_26 : f64
    %57 = arith.mulf %48, %extracted_29 : f64
    %58 = arith.mulf %48, %extracted_32 : f64
    %59 = arith.mulf %48, %extracted_35 : f64
    %60 = arith.mulf %48, %extracted_38 : f64
    %61 = arith.mulf %48, %extracted_41 : f64
    %62 = arith.mulf %48, %extracted_44 : f64
    %63 = arith.mulf %48, %extracted_47 : f64
    %64 = arith.mulf %48, %extracted_50 : f64
    %65 = arith.mulf %48, %extracted_53 : f64
    %66 = arith.mulf %48, %extracted_56 : f64
    %67 = arith.mulf %48, %extracted_59 : f64
    %68 = arith.mulf %48, %extracted_62 : f64
    %69 = arith.mulf %48, %extracted_65 : f64
    %70 = memref.load %alloca[] : memref<index>
    memref.store %69, %alloc[%70] : memref<?xf64>
    %71 = index.add %70, %idx1
    memref.store %71, %alloca[] : memref<index>
    %72 = memref.load %alloca[] : memref<index>
    memref.store %68, %alloc[%72] : memref<?xf64>
    %73 = index.add %72, %idx1
    memref.store %73, %alloca[] : memref<index>
    %74 = memref.load %alloca[] : memref<index>
    memref.store %67, %alloc[%74] : memref<?xf64>
    %75 = index.add %74, %idx1
    memref.store %75, %alloca[] : memref<index>
    %76 = memref.load %alloca[] : memref<index>
    memref.store %66, %alloc[%76] : memref<?xf64>
    %77 = index.add %76, %idx1
    memref.store %77, %alloca[] : memref<index>
    %78 = memref.load %alloca[] : memref<index>
    memref.store %65, %alloc[%78] : memref<?xf64>
    %79 = index.add %78, %idx1
    memref.store %79, %alloca[] : memref<index>
    %80 = memref.load %alloca[] : memref<index>
    memref.store %64, %alloc[%80] : memref<?xf64>
    %81 = index.add %80, %idx1
    memref.store %81, %alloca[] : memref<index>
    %82 = memref.load %alloca[] : memref<index>
    memref.store %63, %alloc[%82] : memref<?xf64>
    %83 = index.add %82, %idx1
    memref.store %83, %alloca[] : memref<index>
    %84 = memref.load %alloca[] : memref<index>
    memref.store %62, %alloc[%84] : memref<?xf64>
    %85 = index.add %84, %idx1
    memref.store %85, %alloca[] : memref<index>
    %86 = memref.load %alloca[] : memref<index>
    memref.store %61, %alloc[%86] : memref<?xf64>
    %87 = index.add %86, %idx1
    memref.store %87, %alloca[] : memref<index>
    %88 = memref.load %alloca[] : memref<index>
    memref.store %60, %alloc[%88] : memref<?xf64>
    %89 = index.add %88, %idx1
    memref.store %89, %alloca[] : memref<index>
    %90 = memref.load %alloca[] : memref<index>
    memref.store %59, %alloc[%90] : memref<?xf64>
    %91 = index.add %90, %idx1
    memref.store %91, %alloca[] : memref<index>
    %92 = memref.load %alloca[] : memref<index>
    memref.store %58, %alloc[%92] : memref<?xf64>
    %93 = index.add %92, %idx1
    memref.store %93, %alloca[] : memref<index>
    %94 = memref.load %alloca[] : memref<index>
    memref.store %57, %alloc[%94] : memref<?xf64>
    %95 = index.add %94, %idx1
    memref.store %95, %alloca[] : memref<index>
    %96 = memref.load %alloca[] : memref<index>
    memref.store %56, %alloc[%96] : memref<?xf64>
    %97 = index.add %96, %idx1
    memref.store %97, %alloca[] : memref<index>
    %98 = memref.load %alloca[] : memref<index>
    memref.store %55, %alloc[%98] : memref<?xf64>
    %99 = index.add %98, %idx1
    memref.store %99, %alloca[] : memref<index>
    %100 = memref.load %alloca[] : memref<index>
    memref.store %54, %alloc[%100] : memref<?xf64>
    %101 = index.add %100, %idx1
    memref.store %101, %alloca[] : memref<index>
    %102 = memref.load %alloca[] : memref<index>
    memref.store %53, %alloc[%102] : memref<?xf64>
    %103 = index.add %102, %idx1
    memref.store %103, %alloca[] : memref<index>
    %104 = memref.load %alloca[] : memref<index>
    memref.store %52, %alloc[%104] : memref<?xf64>
    %105 = index.add %104, %idx1
    memref.store %105, %alloca[] : memref<index>
    %106 = memref.load %alloca[] : memref<index>
    memref.store %51, %alloc[%106] : memref<?xf64>
    %107 = index.add %106, %idx1
    memref.store %107, %alloca[] : memref<index>
    %108 = memref.load %alloca[] : memref<index>
    memref.store %50, %alloc[%108] : memref<?xf64>
    %109 = index.add %108, %idx1
    memref.store %109, %alloca[] : memref<index>
    %110 = memref.load %alloca[] : memref<index>
    memref.store %49, %alloc[%110] : memref<?xf64>
    %111 = index.add %110, %idx1
    memref.store %111, %alloca[] : memref<index>
    %112 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%112] : memref<?xf64>
    %113 = index.add %112, %idx1
    memref.store %113, %alloca[] : memref<index>
    %114 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%114] : memref<?xf64>
    %115 = index.add %114, %idx1
    memref.store %115, %alloca[] : memref<index>
    %116 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%116] : memref<?xf64>
    %117 = index.add %116, %idx1
    memref.store %117, %alloca[] : memref<index>
    %118 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%118] : memref<?xf64>
    %119 = index.add %118, %idx1
    memref.store %119, %alloca[] : memref<index>
    %120 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%120] : memref<?xf64>
    %121 = index.add %120, %idx1
    memref.store %121, %alloca[] : memref<index>
    %122 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%122] : memref<?xf64>
    %123 = index.add %122, %idx1
    memref.store %123, %alloca[] : memref<index>
    %124 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%124] : memref<?xf64>
    %125 = index.add %124, %idx1
    memref.store %125, %alloca[] : memref<index>
    %126 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%126] : memref<?xf64>
    %127 = index.add %126, %idx1
    memref.store %127, %alloca[] : memref<index>
    %128 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%128] : memref<?xf64>
    %129 = index.add %128, %idx1
    memref.store %129, %alloca[] : memref<index>
    %130 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%130] : memref<?xf64>
    %131 = index.add %130, %idx1
    memref.store %131, %alloca[] : memref<index>
    %132 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%132] : memref<?xf64>
    %133 = index.add %132, %idx1
    memref.store %133, %alloca[] : memref<index>
    %134 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%134] : memref<?xf64>
    %135 = index.add %134, %idx1
    memref.store %135, %alloca[] : memref<index>
    %136 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%136] : memref<?xf64>
    %137 = index.add %136, %idx1
    memref.store %137, %alloca[] : memref<index>
    %138 = memref.load %alloca[] : memref<index>
    memref.store %47, %alloc[%138] : memref<?xf64>
    %139 = index.add %138, %idx1
    memref.store %139, %alloca[] : memref<index>
    %140 = memref.load %alloca[] : memref<index>
    memref.store %46, %alloc[%140] : memref<?xf64>
    %141 = index.add %140, %idx1
    memref.store %141, %alloca[] : memref<index>
    %142 = memref.load %alloca[] : memref<index>
    memref.store %45, %alloc[%142] : memref<?xf64>
    %143 = index.add %142, %idx1
    memref.store %143, %alloca[] : memref<index>
    %144 = memref.load %alloca[] : memref<index>
    memref.store %44, %alloc[%144] : memref<?xf64>
    %145 = index.add %144, %idx1
    memref.store %145, %alloca[] : memref<index>
    %146 = memref.load %alloca[] : memref<index>
    memref.store %43, %alloc[%146] : memref<?xf64>
    %147 = index.add %146, %idx1
    memref.store %147, %alloca[] : memref<index>
    %148 = memref.load %alloca[] : memref<index>
    memref.store %42, %alloc[%148] : memref<?xf64>
    %149 = index.add %148, %idx1
    memref.store %149, %alloca[] : memref<index>
    %150 = memref.load %alloca[] : memref<index>
    memref.store %41, %alloc[%150] : memref<?xf64>
    %151 = index.add %150, %idx1
    memref.store %151, %alloca[] : memref<index>
    %152 = memref.load %alloca[] : memref<index>
    memref.store %40, %alloc[%152] : memref<?xf64>
    %153 = index.add %152, %idx1
    memref.store %153, %alloca[] : memref<index>
    %154 = memref.load %alloca[] : memref<index>
    memref.store %39, %alloc[%154] : memref<?xf64>
    %155 = index.add %154, %idx1
    memref.store %155, %alloca[] : memref<index>
    %156 = memref.load %alloca[] : memref<index>
    memref.store %38, %alloc[%156] : memref<?xf64>
    %157 = index.add %156, %idx1
    memref.store %157, %alloca[] : memref<index>
    %158 = memref.load %alloca[] : memref<index>
    memref.store %37, %alloc[%158] : memref<?xf64>
    %159 = index.add %158, %idx1
    memref.store %159, %alloca[] : memref<index>
    %160 = memref.load %alloca[] : memref<index>
    memref.store %36, %alloc[%160] : memref<?xf64>
    %161 = index.add %160, %idx1
    memref.store %161, %alloca[] : memref<index>
    %162 = memref.load %alloca[] : memref<index>
    memref.store %35, %alloc[%162] : memref<?xf64>
    %163 = index.add %162, %idx1
    memref.store %163, %alloca[] : memref<index>
    %164 = memref.load %alloca[] : memref<index>
    memref.store %34, %alloc[%164] : memref<?xf64>
    %165 = index.add %164, %idx1
    memref.store %165, %alloca[] : memref<index>
    %166 = memref.load %alloca[] : memref<index>
    memref.store %33, %alloc[%166] : memref<?xf64>
    %167 = index.add %166, %idx1
    memref.store %167, %alloca[] : memref<index>
    %168 = memref.load %alloca[] : memref<index>
    memref.store %32, %alloc[%168] : memref<?xf64>
    %169 = index.add %168, %idx1
    memref.store %169, %alloca[] : memref<index>
    %170 = memref.load %alloca[] : memref<index>
    memref.store %31, %alloc[%170] : memref<?xf64>
    %171 = index.add %170, %idx1
    memref.store %171, %alloca[] : memref<index>
    %172 = memref.load %alloca[] : memref<index>
    memref.store %30, %alloc[%172] : memref<?xf64>
    %173 = index.add %172, %idx1
    memref.store %173, %alloca[] : memref<index>
    %174 = memref.load %alloca[] : memref<index>
    memref.store %29, %alloc[%174] : memref<?xf64>
    %175 = index.add %174, %idx1
    memref.store %175, %alloca[] : memref<index>
    %176 = memref.load %alloca[] : memref<index>
    memref.store %28, %alloc[%176] : memref<?xf64>
    %177 = index.add %176, %idx1
    memref.store %177, %alloca[] : memref<index>
    %178 = memref.load %alloca[] : memref<index>
    memref.store %27, %alloc[%178] : memref<?xf64>
    %179 = index.add %178, %idx1
    memref.store %179, %alloca[] : memref<index>
    %180 = memref.load %alloca[] : memref<index>
    memref.store %26, %alloc[%180] : memref<?xf64>
    %181 = index.add %180, %idx1
    memref.store %181, %alloca[] : memref<index>
    %182 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%182] : memref<?xf64>
    %183 = index.add %182, %idx1
    memref.store %183, %alloca[] : memref<index>
    %184 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%184] : memref<?xf64>
    %185 = index.add %184, %idx1
    memref.store %185, %alloca[] : memref<index>
    %186 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%186] : memref<?xf64>
    %187 = index.add %186, %idx1
    memref.store %187, %alloca[] : memref<index>
    %188 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%188] : memref<?xf64>
    %189 = index.add %188, %idx1
    memref.store %189, %alloca[] : memref<index>
    %190 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%190] : memref<?xf64>
    %191 = index.add %190, %idx1
    memref.store %191, %alloca[] : memref<index>
    %192 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%192] : memref<?xf64>
    %193 = index.add %192, %idx1
    memref.store %193, %alloca[] : memref<index>
    %194 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%194] : memref<?xf64>
    %195 = index.add %194, %idx1
    memref.store %195, %alloca[] : memref<index>
    %196 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%196] : memref<?xf64>
    %197 = index.add %196, %idx1
    memref.store %197, %alloca[] : memref<index>
    %198 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%198] : memref<?xf64>
    %199 = index.add %198, %idx1
    memref.store %199, %alloca[] : memref<index>
    %200 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%200] : memref<?xf64>
    %201 = index.add %200, %idx1
    memref.store %201, %alloca[] : memref<index>
    %202 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%202] : memref<?xf64>
    %203 = index.add %202, %idx1
    memref.store %203, %alloca[] : memref<index>
    %204 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%204] : memref<?xf64>
    %205 = index.add %204, %idx1
    memref.store %205, %alloca[] : memref<index>
    %206 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%206] : memref<?xf64>
    %207 = index.add %206, %idx1
    memref.store %207, %alloca[] : memref<index>
    %208 = memref.load %alloca[] : memref<index>
    memref.store %24, %alloc[%208] : memref<?xf64>
    %209 = index.add %208, %idx1
    memref.store %209, %alloca[] : memref<index>
    %210 = memref.load %alloca[] : memref<index>
    memref.store %23, %alloc[%210] : memref<?xf64>
    %211 = index.add %210, %idx1
    memref.store %211, %alloca[] : memref<index>
    %212 = memref.load %alloca[] : memref<index>
    memref.store %22, %alloc[%212] : memref<?xf64>
    %213 = index.add %212, %idx1
    memref.store %213, %alloca[] : memref<index>
    %214 = memref.load %alloca[] : memref<index>
    memref.store %21, %alloc[%214] : memref<?xf64>
    %215 = index.add %214, %idx1
    memref.store %215, %alloca[] : memref<index>
    %216 = memref.load %alloca[] : memref<index>
    memref.store %20, %alloc[%216] : memref<?xf64>
    %217 = index.add %216, %idx1
    memref.store %217, %alloca[] : memref<index>
    %218 = memref.load %alloca[] : memref<index>
    memref.store %19, %alloc[%218] : memref<?xf64>
    %219 = index.add %218, %idx1
    memref.store %219, %alloca[] : memref<index>
    %220 = memref.load %alloca[] : memref<index>
    memref.store %18, %alloc[%220] : memref<?xf64>
    %221 = index.add %220, %idx1
    memref.store %221, %alloca[] : memref<index>
    %222 = memref.load %alloca[] : memref<index>
    memref.store %17, %alloc[%222] : memref<?xf64>
    %223 = index.add %222, %idx1
    memref.store %223, %alloca[] : memref<index>
    %224 = memref.load %alloca[] : memref<index>
    memref.store %16, %alloc[%224] : memref<?xf64>
    %225 = index.add %224, %idx1
    memref.store %225, %alloca[] : memref<index>
    %226 = memref.load %alloca[] : memref<index>
    memref.store %15, %alloc[%226] : memref<?xf64>
    %227 = index.add %226, %idx1
    memref.store %227, %alloca[] : memref<index>
    %228 = memref.load %alloca[] : memref<index>
    memref.store %14, %alloc[%228] : memref<?xf64>
    %229 = index.add %228, %idx1
    memref.store %229, %alloca[] : memref<index>
    %230 = memref.load %alloca[] : memref<index>
    memref.store %13, %alloc[%230] : memref<?xf64>
    %231 = index.add %230, %idx1
    memref.store %231, %alloca[] : memref<index>
    %232 = memref.load %alloca[] : memref<index>
    memref.store %12, %alloc[%232] : memref<?xf64>
    %233 = index.add %232, %idx1
    memref.store %233, %alloca[] : memref<index>
    %234 = memref.load %alloca[] : memref<index>
    memref.store %11, %alloc[%234] : memref<?xf64>
    %235 = index.add %234, %idx1
    memref.store %235, %alloca[] : memref<index>
    %236 = memref.load %alloca[] : memref<index>
    memref.store %10, %alloc[%236] : memref<?xf64>
    %237 = index.add %236, %idx1
    memref.store %237, %alloca[] : memref<index>
    %238 = memref.load %alloca[] : memref<index>
    memref.store %9, %alloc[%238] : memref<?xf64>
    %239 = index.add %238, %idx1
    memref.store %239, %alloca[] : memref<index>
    %240 = memref.load %alloca[] : memref<index>
    memref.store %8, %alloc[%240] : memref<?xf64>
    %241 = index.add %240, %idx1
    memref.store %241, %alloca[] : memref<index>
    %242 = memref.load %alloca[] : memref<index>
    memref.store %7, %alloc[%242] : memref<?xf64>
    %243 = index.add %242, %idx1
    memref.store %243, %alloca[] : memref<index>
    %244 = memref.load %alloca[] : memref<index>
    memref.store %6, %alloc[%244] : memref<?xf64>
    %245 = index.add %244, %idx1
    memref.store %245, %alloca[] : memref<index>
    %246 = memref.load %alloca[] : memref<index>
    memref.store %5, %alloc[%246] : memref<?xf64>
    %247 = index.add %246, %idx1
    memref.store %247, %alloca[] : memref<index>
    %248 = memref.load %alloca[] : memref<index>
    memref.store %4, %alloc[%248] : memref<?xf64>
    %249 = index.add %248, %idx1
    memref.store %249, %alloca[] : memref<index>
    %250 = memref.load %alloca[] : memref<index>
    memref.store %3, %alloc[%250] : memref<?xf64>
    %251 = index.add %250, %idx1
    memref.store %251, %alloca[] : memref<index>
    %252 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%252] : memref<?xf64>
    %253 = index.add %252, %idx1
    memref.store %253, %alloca[] : memref<index>
    %254 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%254] : memref<?xf64>
    %255 = index.add %254, %idx1
    memref.store %255, %alloca[] : memref<index>
    %256 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%256] : memref<?xf64>
    %257 = index.add %256, %idx1
    memref.store %257, %alloca[] : memref<index>
    %258 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%258] : memref<?xf64>
    %259 = index.add %258, %idx1
    memref.store %259, %alloca[] : memref<index>
    %260 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%260] : memref<?xf64>
    %261 = index.add %260, %idx1
    memref.store %261, %alloca[] : memref<index>
    %262 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%262] : memref<?xf64>
    %263 = index.add %262, %idx1
    memref.store %263, %alloca[] : memref<index>
    %264 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%264] : memref<?xf64>
    %265 = index.add %264, %idx1
    memref.store %265, %alloca[] : memref<index>
    %266 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%266] : memref<?xf64>
    %267 = index.add %266, %idx1
    memref.store %267, %alloca[] : memref<index>
    %268 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%268] : memref<?xf64>
    %269 = index.add %268, %idx1
    memref.store %269, %alloca[] : memref<index>
    %270 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%270] : memref<?xf64>
    %271 = index.add %270, %idx1
    memref.store %271, %alloca[] : memref<index>
    %272 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%272] : memref<?xf64>
    %273 = index.add %272, %idx1
    memref.store %273, %alloca[] : memref<index>
    %274 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%274] : memref<?xf64>
    %275 = index.add %274, %idx1
    memref.store %275, %alloca[] : memref<index>
    %276 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%276] : memref<?xf64>
    %277 = index.add %276, %idx1
    memref.store %277, %alloca[] : memref<index>
    %278 = memref.load %alloca[] : memref<index>
    memref.store %1, %alloc[%278] : memref<?xf64>
    %279 = index.add %278, %idx1
    memref.store %279, %alloca[] : memref<index>
    %280 = call @energy_0.quantum(%arg0, %arg1, %arg2, %0) : (tensor<2x3xf64>, tensor<21xf64>, tensor<21x2xi64>, tensor<?xf64>) -> tensor<f64>
    return %280 : tensor<f64>
  }
  func.func private @energy_0.fullgrad0(%arg0: tensor<2x3xf64>, %arg1: tensor<21xf64>, %arg2: tensor<21x2xi64>, %arg3: index) -> (tensor<f64>, tensor<2x3xf64>) {
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 1.000000e+00 : f64
    %0 = tensor.empty() : tensor<f64>
    %1 = linalg.fill ins(%cst : f64) outs(%0 : tensor<f64>) -> tensor<f64>
    %inserted = tensor.insert %cst_0 into %1[] : tensor<f64>
    %vals, %gradients = gradient.backprop @energy_0.preprocess(%arg0, %arg1, %arg2, %arg3) cotangents(%inserted : tensor<f64>) {diffArgIndices = dense<0> : tensor<1xi64>, keepValueResults = true, resultSegmentSizes = array<i32: 1, 1>} : (tensor<2x3xf64>, tensor<21xf64>, tensor<21x2xi64>, index) -> (tensor<f64>, tensor<2x3xf64>)
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