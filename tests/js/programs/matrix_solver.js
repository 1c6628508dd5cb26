// Dense linear algebra with a Matrix class: multiplication, transpose,
// determinant and inverse through LU decomposition with partial pivoting,
// solving linear systems, and a least-squares line fit. Results are printed
// with toFixed so floating-point noise does not leak into expectations.

class Matrix {
  constructor(rows, cols, fill) {
    this.rows = rows;
    this.cols = cols;
    this.data = [];
    for (var i = 0; i < rows * cols; i++) this.data.push(fill === undefined ? 0 : fill);
  }
  static from(arrays) {
    var m = new Matrix(arrays.length, arrays[0].length);
    for (var r = 0; r < m.rows; r++) {
      if (arrays[r].length !== m.cols) throw new RangeError("ragged row " + r);
      for (var c = 0; c < m.cols; c++) m.set(r, c, arrays[r][c]);
    }
    return m;
  }
  static identity(n) {
    var m = new Matrix(n, n);
    for (var i = 0; i < n; i++) m.set(i, i, 1);
    return m;
  }
  get(r, c) { return this.data[r * this.cols + c]; }
  set(r, c, v) { this.data[r * this.cols + c] = v; return this; }
  row(r) { return this.data.slice(r * this.cols, (r + 1) * this.cols); }
  map(fn) {
    var m = new Matrix(this.rows, this.cols);
    for (var r = 0; r < this.rows; r++) for (var c = 0; c < this.cols; c++) m.set(r, c, fn(this.get(r, c), r, c));
    return m;
  }
  transpose() {
    var self = this;
    var t = new Matrix(this.cols, this.rows);
    return t.map(function (_, r, c) { return self.get(c, r); });
  }
  mul(o) {
    if (this.cols !== o.rows) throw new RangeError("shape mismatch " + this.rows + "x" + this.cols + " * " + o.rows + "x" + o.cols);
    var m = new Matrix(this.rows, o.cols);
    for (var r = 0; r < this.rows; r++) {
      for (var c = 0; c < o.cols; c++) {
        var s = 0;
        for (var k = 0; k < this.cols; k++) s += this.get(r, k) * o.get(k, c);
        m.set(r, c, s);
      }
    }
    return m;
  }
  lu() {
    if (this.rows !== this.cols) throw new RangeError("not square");
    var n = this.rows;
    var a = this.map(function (v) { return v; });
    var perm = [];
    for (var i = 0; i < n; i++) perm.push(i);
    var sign = 1;
    for (var col = 0; col < n; col++) {
      var best = col;
      for (var r = col + 1; r < n; r++) if (Math.abs(a.get(r, col)) > Math.abs(a.get(best, col))) best = r;
      if (Math.abs(a.get(best, col)) < 1e-12) return { singular: true };
      if (best !== col) {
        for (var c = 0; c < n; c++) { var t = a.get(col, c); a.set(col, c, a.get(best, c)); a.set(best, c, t); }
        var tp = perm[col]; perm[col] = perm[best]; perm[best] = tp;
        sign = -sign;
      }
      for (var r2 = col + 1; r2 < n; r2++) {
        var f = a.get(r2, col) / a.get(col, col);
        a.set(r2, col, f);
        for (var c2 = col + 1; c2 < n; c2++) a.set(r2, c2, a.get(r2, c2) - f * a.get(col, c2));
      }
    }
    return { singular: false, a: a, perm: perm, sign: sign };
  }
  det() {
    var d = this.lu();
    if (d.singular) return 0;
    var p = d.sign;
    for (var i = 0; i < this.rows; i++) p *= d.a.get(i, i);
    return p;
  }
  solve(b) {
    var d = this.lu();
    if (d.singular) throw new RangeError("singular matrix");
    var n = this.rows, y = [], x = [];
    for (var i = 0; i < n; i++) {
      var s = b[d.perm[i]];
      for (var k = 0; k < i; k++) s -= d.a.get(i, k) * y[k];
      y.push(s);
    }
    for (var i2 = n - 1; i2 >= 0; i2--) {
      var s2 = y[i2];
      for (var k2 = i2 + 1; k2 < n; k2++) s2 -= d.a.get(i2, k2) * x[k2];
      x[i2] = s2 / d.a.get(i2, i2);
    }
    return x;
  }
  inverse() {
    var n = this.rows, inv = new Matrix(n, n);
    for (var c = 0; c < n; c++) {
      var e = [];
      for (var i = 0; i < n; i++) e.push(i === c ? 1 : 0);
      var col = this.solve(e);
      for (var r = 0; r < n; r++) inv.set(r, c, col[r]);
    }
    return inv;
  }
  equals(o, eps) {
    if (this.rows !== o.rows || this.cols !== o.cols) return false;
    for (var i = 0; i < this.data.length; i++) if (Math.abs(this.data[i] - o.data[i]) > eps) return false;
    return true;
  }
  toString(digits) {
    var lines = [];
    for (var r = 0; r < this.rows; r++) lines.push(this.row(r).map(function (v) { return v.toFixed(digits || 0); }).join(" "));
    return lines.join("\n");
  }
}

var A = Matrix.from([[2, 1, 1], [4, -6, 0], [-2, 7, 2]]);
var B = Matrix.from([[1, 2], [0, 1], [3, -1]]);
print(A.mul(B).toString()); // expect: 5 4
// expect: 4 2
// expect: 4 1
print(B.transpose().toString()); // expect: 1 0 3
// expect: 2 1 -1
print(A.det()); // expect: -16
print(A.solve([5, -2, 9]).map(function (v) { return v.toFixed(6); }).join(" ")); // expect: 1.000000 1.000000 2.000000
var Ainv = A.inverse();
print(A.mul(Ainv).equals(Matrix.identity(3), 1e-12)); // expect: true
print(Ainv.toString(4)); // expect: 0.7500 -0.3125 -0.3750
// expect: 0.5000 -0.3750 -0.2500
// expect: -1.0000 1.0000 1.0000

var S = Matrix.from([[1, 2], [2, 4]]);
print(S.det()); // expect: 0
try { S.solve([1, 1]); } catch (e) { print(e.message); } // expect: singular matrix
try { A.mul(A.transpose().mul(B).transpose()); } catch (e) { print(e.message); } // expect: shape mismatch 3x3 * 2x3
try { Matrix.from([[1, 2], [3]]); } catch (e) { print(e.name + " " + e.message); } // expect: RangeError ragged row 1

// Hilbert matrix: ill-conditioned, but small sizes still invert well.
function hilbert(n) { return new Matrix(n, n).map(function (_, r, c) { return 1 / (r + c + 1); }); }
var H = hilbert(5);
print((H.det() * 1e12).toFixed(4)); // expect: 3.7493
print(H.mul(H.inverse()).equals(Matrix.identity(5), 1e-9)); // expect: true

// Least squares fit y = a + b x through the normal equations.
var xs = [0, 1, 2, 3, 4, 5, 6, 7];
var ys = xs.map(function (x, i) { return 1.5 + 2 * x + (i % 2 ? 0.25 : -0.25); });
var X = Matrix.from(xs.map(function (x) { return [1, x]; }));
var Y = Matrix.from(ys.map(function (y) { return [y]; }));
var XtX = X.transpose().mul(X), XtY = X.transpose().mul(Y);
var coef = XtX.solve([XtY.get(0, 0), XtY.get(1, 0)]);
print(coef[0].toFixed(4) + " " + coef[1].toFixed(4)); // expect: 1.4167 2.0238

// A bigger random system, checked by substituting the solution back.
var seed = 99;
function rnd() { seed = (seed * 69069 + 1) % 4294967296; return seed / 4294967296 - 0.5; }
var n = 25;
var M = new Matrix(n, n).map(function (_, r, c) { return rnd() + (r === c ? n : 0); });
var rhs = [];
for (var i = 0; i < n; i++) rhs.push(rnd() * 10);
var sol = M.solve(rhs);
var resid = 0;
for (var r = 0; r < n; r++) {
  var s = 0;
  for (var c = 0; c < n; c++) s += M.get(r, c) * sol[c];
  resid = Math.max(resid, Math.abs(s - rhs[r]));
}
print(resid < 1e-10); // expect: true
print(M.mul(M.inverse()).equals(Matrix.identity(n), 1e-10)); // expect: true
