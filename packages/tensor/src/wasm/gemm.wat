;; The inner two loops of @bp/tensor's blocked matrix product, in WebAssembly with 128-bit SIMD.
;;
;; JavaScript (src/gemm-wasm.ts) does everything that is O(n²): it packs a block of op(A) into strips of
;; MR rows and a block of op(B) into panels of NR columns, zero-padded at the edges, and keeps a copy of the
;; block of C whose row length is a multiple of NR. So this module only ever sees whole MR×NR tiles: no edge
;; cases, no transposes, no bounds. It does the O(n³) part: C_tile += A_strip · B_panel for every tile.
;;
;; Why these shapes: x86-64 has 16 vector registers. A 4×4 tile of float64 is 8 f64x2 accumulators; one row
;; of the B panel is 2 more, and an element of A broadcast to both lanes is 1: 11 registers, so V8 keeps the
;; whole tile in registers with room to spare, and each step of k does 8 multiplies and 8 adds for
;; 2 vector loads of B and 4 scalar-broadcast loads of A. (WebAssembly SIMD has no fused multiply-add
;; outside relaxed SIMD, so a product and a sum are two instructions.)
;;
;; Layouts (all float64, byte addresses, 16-byte aligned):
;;   A strip: kc steps of MR values: [a(0,p) a(1,p) a(2,p) a(3,p)] for p = 0 … kc−1, then the next strip.
;;   B panel: kc steps of NR values: [b(p,0) b(p,1) b(p,2) b(p,3)] for p = 0 … kc−1, then the next panel.
;;   C:       row-major with a row length of ldc elements (a multiple of NR).
(module
  ;; Grown from JavaScript (memory.grow) to fit the packed blocks and the copy of C.
  (memory (export "memory") 1)

  ;; The tile shape, read by JavaScript so that the packing code and this file cannot disagree.
  (global (export "MR") i32 (i32.const 4))
  (global (export "NR") i32 (i32.const 4))

  ;; C[MR×NR at $c, row stride $ldcBytes] = (C & $keep) + A strip at $a · B panel at $b, over $kc ≥ 1 steps.
  ;; $keep is all ones to add into C, all zeros to overwrite it: masking the old value (rather than branching
  ;; to a second copy of the stores) keeps one code path, and 0 + x = x exactly, as in the TypeScript kernel.
  (func $tile (param $a i32) (param $b i32) (param $c i32) (param $kc i32) (param $ldcBytes i32)
        (param $keep v128)
    (local $bEnd i32)
    (local $x v128) (local $y0 v128) (local $y1 v128)
    ;; $cRC holds C(row R, columns 2C and 2C+1).
    (local $c00 v128) (local $c01 v128)
    (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128)
    (local $c30 v128) (local $c31 v128)
    ;; One step of k reads NR = 4 values of B (32 bytes): the loop ends when $b reaches $bEnd.
    (local.set $bEnd (i32.add (local.get $b) (i32.shl (local.get $kc) (i32.const 5))))
    (loop $k
      (local.set $y0 (v128.load offset=0 (local.get $b)))
      (local.set $y1 (v128.load offset=16 (local.get $b)))
      ;; Row 0: broadcast a(0,p) to both lanes and multiply it into the 4 columns.
      (local.set $x (v128.load64_splat offset=0 (local.get $a)))
      (local.set $c00 (f64x2.add (local.get $c00) (f64x2.mul (local.get $x) (local.get $y0))))
      (local.set $c01 (f64x2.add (local.get $c01) (f64x2.mul (local.get $x) (local.get $y1))))
      (local.set $x (v128.load64_splat offset=8 (local.get $a)))
      (local.set $c10 (f64x2.add (local.get $c10) (f64x2.mul (local.get $x) (local.get $y0))))
      (local.set $c11 (f64x2.add (local.get $c11) (f64x2.mul (local.get $x) (local.get $y1))))
      (local.set $x (v128.load64_splat offset=16 (local.get $a)))
      (local.set $c20 (f64x2.add (local.get $c20) (f64x2.mul (local.get $x) (local.get $y0))))
      (local.set $c21 (f64x2.add (local.get $c21) (f64x2.mul (local.get $x) (local.get $y1))))
      (local.set $x (v128.load64_splat offset=24 (local.get $a)))
      (local.set $c30 (f64x2.add (local.get $c30) (f64x2.mul (local.get $x) (local.get $y0))))
      (local.set $c31 (f64x2.add (local.get $c31) (f64x2.mul (local.get $x) (local.get $y1))))
      (local.set $a (i32.add (local.get $a) (i32.const 32)))
      (local.set $b (i32.add (local.get $b) (i32.const 32)))
      (br_if $k (i32.lt_u (local.get $b) (local.get $bEnd))))
    ;; Add the tile into (masked) C, one row (two vectors) at a time.
    (v128.store offset=0 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=0 (local.get $c))) (local.get $c00)))
    (v128.store offset=16 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=16 (local.get $c))) (local.get $c01)))
    (local.set $c (i32.add (local.get $c) (local.get $ldcBytes)))
    (v128.store offset=0 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=0 (local.get $c))) (local.get $c10)))
    (v128.store offset=16 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=16 (local.get $c))) (local.get $c11)))
    (local.set $c (i32.add (local.get $c) (local.get $ldcBytes)))
    (v128.store offset=0 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=0 (local.get $c))) (local.get $c20)))
    (v128.store offset=16 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=16 (local.get $c))) (local.get $c21)))
    (local.set $c (i32.add (local.get $c) (local.get $ldcBytes)))
    (v128.store offset=0 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=0 (local.get $c))) (local.get $c30)))
    (v128.store offset=16 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=16 (local.get $c))) (local.get $c31))))

  ;; C block (+)= packed A block · packed B block: $strips strips of A (MR rows each) against $panels panels of
  ;; B (NR columns each), $kc ≥ 1 steps deep; $c is C's top-left corner and $ldc its row length in elements.
  ;; $add = 1 adds into C; $add = 0 overwrites it, for the first block of k of a product that does not
  ;; accumulate, so that JavaScript need not zero the copy of C first.
  ;; Panels outside, strips inside: one B panel (kc·NR·8 bytes, 8 KiB at kc = 256) stays in L1 while every
  ;; strip of the A block (sized by JavaScript to stay in L2) streams past it.
  (func (export "block") (param $strips i32) (param $panels i32) (param $kc i32)
        (param $a i32) (param $b i32) (param $c i32) (param $ldc i32) (param $add i32)
    (local $stepBytes i32) (local $ldcBytes i32) (local $jp i32) (local $i i32)
    (local $ai i32) (local $ci i32) (local $keep v128)
    ;; $add = 1 → every bit set (−1), $add = 0 → none.
    (local.set $keep (i64x2.splat (i64.sub (i64.const 0) (i64.extend_i32_u (local.get $add)))))
    ;; A strip and a B panel are both kc·4·8 bytes.
    (local.set $stepBytes (i32.shl (local.get $kc) (i32.const 5)))
    (local.set $ldcBytes (i32.shl (local.get $ldc) (i32.const 3)))
    (block $done
      (br_if $done (i32.eqz (i32.mul (local.get $strips) (local.get $panels))))
      (loop $panel
        (local.set $ai (local.get $a))
        (local.set $ci (local.get $c))
        (local.set $i (i32.const 0))
        (loop $strip
          (call $tile (local.get $ai) (local.get $b) (local.get $ci) (local.get $kc) (local.get $ldcBytes) (local.get $keep))
          (local.set $ai (i32.add (local.get $ai) (local.get $stepBytes)))
          ;; The next strip's tile starts MR = 4 rows further down C.
          (local.set $ci (i32.add (local.get $ci) (i32.shl (local.get $ldcBytes) (i32.const 2))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $strip (i32.lt_u (local.get $i) (local.get $strips))))
        (local.set $b (i32.add (local.get $b) (local.get $stepBytes)))
        ;; The next panel's tiles start NR = 4 columns (32 bytes) to the right.
        (local.set $c (i32.add (local.get $c) (i32.const 32)))
        (local.set $jp (i32.add (local.get $jp) (i32.const 1)))
        (br_if $panel (i32.lt_u (local.get $jp) (local.get $panels))))))

  ;; ---- Skinny products with B transposed: C = A·Wᵀ with few rows of A ------------------------------------
  ;; The forward pass of a dense layer, x·Wᵀ for a mini-batch x of a few rows, has both operands with their
  ;; k values contiguous: C(i, j) is the dot product of row i of A with row j of W. Packing W into panels
  ;; would cost as much as the product itself (each value of W is used only m times), so this kernel reads
  ;; the rows where they lie: JavaScript copies them in with row length $ld (k rounded up to even, the
  ;; padding zeroed), and each vector lane sums every other p; the two lanes are added at the end.
  ;; A tile is 2 rows of A × 4 rows of W: 8 accumulators, 2 vectors of A, 1 of W (10 registers), and each
  ;; pair of steps of k does 8 multiplies and 8 adds for 6 vector loads, like the 4×4 tile above.

  ;; [x0 + x1, y0 + y1]: the lanes of x summed, and those of y.
  (func $sumLanes (param $x v128) (param $y v128) (result v128)
    (f64x2.add
      (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $x) (local.get $y))
      (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $x) (local.get $y))))

  ;; C[2×4 at $c, row stride $ldcBytes] = (C & $keep) + (rows $a, $a + $ldBytes of A) · (rows $w … of W)ᵀ,
  ;; over $ldBytes / 16 ≥ 1 pairs of steps of k.
  (func $dotTile (param $a i32) (param $w i32) (param $c i32) (param $ldBytes i32) (param $ldcBytes i32)
        (param $keep v128)
    (local $a1 i32) (local $w1 i32) (local $w2 i32) (local $w3 i32) (local $aEnd i32)
    (local $x0 v128) (local $x1 v128) (local $y v128)
    ;; $dRQ holds the two lane sums of row R of A · row Q of W.
    (local $d00 v128) (local $d01 v128) (local $d02 v128) (local $d03 v128)
    (local $d10 v128) (local $d11 v128) (local $d12 v128) (local $d13 v128)
    (local.set $a1 (i32.add (local.get $a) (local.get $ldBytes)))
    (local.set $w1 (i32.add (local.get $w) (local.get $ldBytes)))
    (local.set $w2 (i32.add (local.get $w1) (local.get $ldBytes)))
    (local.set $w3 (i32.add (local.get $w2) (local.get $ldBytes)))
    (local.set $aEnd (local.get $a1))
    (loop $k
      (local.set $x0 (v128.load (local.get $a)))
      (local.set $x1 (v128.load (local.get $a1)))
      (local.set $y (v128.load (local.get $w)))
      (local.set $d00 (f64x2.add (local.get $d00) (f64x2.mul (local.get $x0) (local.get $y))))
      (local.set $d10 (f64x2.add (local.get $d10) (f64x2.mul (local.get $x1) (local.get $y))))
      (local.set $y (v128.load (local.get $w1)))
      (local.set $d01 (f64x2.add (local.get $d01) (f64x2.mul (local.get $x0) (local.get $y))))
      (local.set $d11 (f64x2.add (local.get $d11) (f64x2.mul (local.get $x1) (local.get $y))))
      (local.set $y (v128.load (local.get $w2)))
      (local.set $d02 (f64x2.add (local.get $d02) (f64x2.mul (local.get $x0) (local.get $y))))
      (local.set $d12 (f64x2.add (local.get $d12) (f64x2.mul (local.get $x1) (local.get $y))))
      (local.set $y (v128.load (local.get $w3)))
      (local.set $d03 (f64x2.add (local.get $d03) (f64x2.mul (local.get $x0) (local.get $y))))
      (local.set $d13 (f64x2.add (local.get $d13) (f64x2.mul (local.get $x1) (local.get $y))))
      (local.set $a (i32.add (local.get $a) (i32.const 16)))
      (local.set $a1 (i32.add (local.get $a1) (i32.const 16)))
      (local.set $w (i32.add (local.get $w) (i32.const 16)))
      (local.set $w1 (i32.add (local.get $w1) (i32.const 16)))
      (local.set $w2 (i32.add (local.get $w2) (i32.const 16)))
      (local.set $w3 (i32.add (local.get $w3) (i32.const 16)))
      (br_if $k (i32.lt_u (local.get $a) (local.get $aEnd))))
    (v128.store offset=0 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=0 (local.get $c)))
        (call $sumLanes (local.get $d00) (local.get $d01))))
    (v128.store offset=16 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=16 (local.get $c)))
        (call $sumLanes (local.get $d02) (local.get $d03))))
    (local.set $c (i32.add (local.get $c) (local.get $ldcBytes)))
    (v128.store offset=0 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=0 (local.get $c)))
        (call $sumLanes (local.get $d10) (local.get $d11))))
    (v128.store offset=16 (local.get $c)
      (f64x2.add (v128.and (local.get $keep) (v128.load offset=16 (local.get $c)))
        (call $sumLanes (local.get $d12) (local.get $d13)))))

  ;; C (+)= A·Wᵀ for $pairs pairs of rows of A at $a and $groups groups of 4 rows of W at $w, both with row
  ;; length $ld (even, ≥ 2) elements; C at $c has row length $ldc. $add as for "block". Groups outside, pairs
  ;; inside: 4 rows of W stay in cache while the few rows of A go past them.
  (func (export "dotsT") (param $pairs i32) (param $groups i32) (param $ld i32)
        (param $a i32) (param $w i32) (param $c i32) (param $ldc i32) (param $add i32)
    (local $ldBytes i32) (local $ldcBytes i32) (local $g i32) (local $i i32) (local $ai i32) (local $ci i32)
    (local $keep v128)
    (local.set $keep (i64x2.splat (i64.sub (i64.const 0) (i64.extend_i32_u (local.get $add)))))
    (local.set $ldBytes (i32.shl (local.get $ld) (i32.const 3)))
    (local.set $ldcBytes (i32.shl (local.get $ldc) (i32.const 3)))
    (block $done
      (br_if $done (i32.eqz (i32.mul (local.get $pairs) (local.get $groups))))
      (loop $group
        (local.set $ai (local.get $a))
        (local.set $ci (local.get $c))
        (local.set $i (i32.const 0))
        (loop $pair
          (call $dotTile (local.get $ai) (local.get $w) (local.get $ci) (local.get $ldBytes)
            (local.get $ldcBytes) (local.get $keep))
          ;; Two rows down A and down C.
          (local.set $ai (i32.add (local.get $ai) (i32.shl (local.get $ldBytes) (i32.const 1))))
          (local.set $ci (i32.add (local.get $ci) (i32.shl (local.get $ldcBytes) (i32.const 1))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $pair (i32.lt_u (local.get $i) (local.get $pairs))))
        ;; Four rows down W, four columns (32 bytes) right in C.
        (local.set $w (i32.add (local.get $w) (i32.shl (local.get $ldBytes) (i32.const 2))))
        (local.set $c (i32.add (local.get $c) (i32.const 32)))
        (local.set $g (i32.add (local.get $g) (i32.const 1)))
        (br_if $group (i32.lt_u (local.get $g) (local.get $groups)))))))
