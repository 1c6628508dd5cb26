// fluid — a 2D incompressible fluid on a grid (semi-Lagrangian "stable
// fluids": diffusion and pressure projection by Gauss-Seidel relaxation,
// back-traced advection with bilinear interpolation), all fields in
// Float64Arrays, then rendered into a Uint8ClampedArray RGBA image and
// blurred with a 3x3 kernel.  Exercises typed array element loads/stores in
// tight loops, Float64 arithmetic and Uint8Clamped rounding.  Written for
// tierlab from the method's published description.
//
// run() simulates STEPS steps of an N x N grid with a source and a swirl in
// the middle, then checks: each step's last projection cuts the velocity
// field's largest divergence by at least 20% (a wrong projection raises it;
// 16 relaxation sweeps do not solve exactly), the density stays positive
// and its total is at most what the sources added and not far below it
// (diffusion conserves it, back-traced advection loses some), and the
// rendered image has the checksum the algorithm produces (every operation
// is IEEE-exact, so any engine computes the same bytes).

var N = 32;
var STEPS = 8;
var ITER = 16;              // Gauss-Seidel sweeps per solve
var DT = 0.1, DIFF = 0.0001, VISC = 0.0001;
var EXPECTED_IMAGE_SUM = 301132;
var SIZE = (N + 2) * (N + 2);

function IX(i, j) { return i + (N + 2) * j; }

// b = 1: horizontal velocity (reflects at the left/right walls), 2: vertical, 0: scalar
function setBoundary(b, x) {
  for (var i = 1; i <= N; i++) {
    x[IX(0, i)] = b === 1 ? -x[IX(1, i)] : x[IX(1, i)];
    x[IX(N + 1, i)] = b === 1 ? -x[IX(N, i)] : x[IX(N, i)];
    x[IX(i, 0)] = b === 2 ? -x[IX(i, 1)] : x[IX(i, 1)];
    x[IX(i, N + 1)] = b === 2 ? -x[IX(i, N)] : x[IX(i, N)];
  }
  x[IX(0, 0)] = 0.5 * (x[IX(1, 0)] + x[IX(0, 1)]);
  x[IX(0, N + 1)] = 0.5 * (x[IX(1, N + 1)] + x[IX(0, N)]);
  x[IX(N + 1, 0)] = 0.5 * (x[IX(N, 0)] + x[IX(N + 1, 1)]);
  x[IX(N + 1, N + 1)] = 0.5 * (x[IX(N, N + 1)] + x[IX(N + 1, N)]);
}

function linearSolve(b, x, x0, a, c) {
  var w = N + 2;
  for (var k = 0; k < ITER; k++) {
    for (var j = 1; j <= N; j++) {
      var row = j * w;
      for (var i = 1; i <= N; i++) {
        var p = row + i;
        x[p] = (x0[p] + a * (x[p - 1] + x[p + 1] + x[p - w] + x[p + w])) / c;
      }
    }
    setBoundary(b, x);
  }
}

function diffuse(b, x, x0, diff) {
  var a = DT * diff * N * N;
  linearSolve(b, x, x0, a, 1 + 4 * a);
}

function advect(b, d, d0, u, v) {
  var dt0 = DT * N;
  for (var j = 1; j <= N; j++) {
    for (var i = 1; i <= N; i++) {
      var p = IX(i, j);
      var x = i - dt0 * u[p], y = j - dt0 * v[p];
      if (x < 0.5) x = 0.5;
      if (x > N + 0.5) x = N + 0.5;
      if (y < 0.5) y = 0.5;
      if (y > N + 0.5) y = N + 0.5;
      var i0 = Math.floor(x), j0 = Math.floor(y);
      var s1 = x - i0, s0 = 1 - s1, t1 = y - j0, t0 = 1 - t1;
      d[p] = s0 * (t0 * d0[IX(i0, j0)] + t1 * d0[IX(i0, j0 + 1)]) +
             s1 * (t0 * d0[IX(i0 + 1, j0)] + t1 * d0[IX(i0 + 1, j0 + 1)]);
    }
  }
  setBoundary(b, d);
}

function divergence(u, v, div) {
  var h = 1 / N, max = 0;
  for (var j = 1; j <= N; j++) {
    for (var i = 1; i <= N; i++) {
      var d = -0.5 * h * (u[IX(i + 1, j)] - u[IX(i - 1, j)] + v[IX(i, j + 1)] - v[IX(i, j - 1)]);
      if (div) div[IX(i, j)] = d;
      if (Math.abs(d) > max) max = Math.abs(d);
    }
  }
  return max;
}

function project(u, v, p, div) {
  var h = 1 / N;
  divergence(u, v, div);
  p.fill(0);
  setBoundary(0, div);
  setBoundary(0, p);
  linearSolve(0, p, div, 1, 4);
  for (var j = 1; j <= N; j++) {
    for (var i = 1; i <= N; i++) {
      u[IX(i, j)] -= 0.5 * (p[IX(i + 1, j)] - p[IX(i - 1, j)]) / h;
      v[IX(i, j)] -= 0.5 * (p[IX(i, j + 1)] - p[IX(i, j - 1)]) / h;
    }
  }
  setBoundary(1, u);
  setBoundary(2, v);
}

function Fluid() {
  this.u = new Float64Array(SIZE); this.v = new Float64Array(SIZE);
  this.u0 = new Float64Array(SIZE); this.v0 = new Float64Array(SIZE);
  this.d = new Float64Array(SIZE); this.d0 = new Float64Array(SIZE);
  this.added = 0;
  this.worstProjection = 0;   // max over steps of |div| after / before the last projection
}

Fluid.prototype.addSources = function (step) {
  var c = N >> 1;
  this.d0.fill(0); this.u0.fill(0); this.v0.fill(0);
  for (var j = c - 2; j <= c + 2; j++) {
    for (var i = c - 2; i <= c + 2; i++) {
      this.d0[IX(i, j)] = 10;
      this.added += 10 * DT;
      // a swirl around the centre that changes direction every 4 steps
      var sign = (step >> 2) & 1 ? -1 : 1;
      this.u0[IX(i, j)] = sign * (j - c) * 2;
      this.v0[IX(i, j)] = -sign * (i - c) * 2 + 1;
    }
  }
};

Fluid.prototype.step = function () {
  var u = this.u, v = this.v, u0 = this.u0, v0 = this.v0, d = this.d, d0 = this.d0, k;
  // velocity: add forces, diffuse, project, advect, project
  for (k = 0; k < SIZE; k++) { u[k] += DT * u0[k]; v[k] += DT * v0[k]; }
  u0.set(u); v0.set(v);
  diffuse(1, u, u0, VISC);
  diffuse(2, v, v0, VISC);
  project(u, v, u0, v0);
  u0.set(u); v0.set(v);
  advect(1, u, u0, u0, v0);
  advect(2, v, v0, u0, v0);
  var before = divergence(u, v, null);
  project(u, v, u0, v0);
  var ratio = divergence(u, v, null) / before;
  if (ratio > this.worstProjection) this.worstProjection = ratio;
  // density: add sources, diffuse, advect
  for (k = 0; k < SIZE; k++) d[k] += DT * d0[k];
  d0.set(d);
  diffuse(0, d, d0, DIFF);
  d0.set(d);
  advect(0, d, d0, u, v);
};

// Density -> RGBA (a warm colour ramp), clamped by the array itself.
function render(d) {
  var img = new Uint8ClampedArray(N * N * 4);
  for (var j = 0; j < N; j++) {
    for (var i = 0; i < N; i++) {
      var x = d[IX(i + 1, j + 1)] * 40, o = (j * N + i) * 4;
      img[o] = x * 3;
      img[o + 1] = x * 1.5 - 40;
      img[o + 2] = x * 0.5 + 20.5;
      img[o + 3] = 255;
    }
  }
  return img;
}

// 3x3 binomial blur of the RGB channels (edges clamped).
function blur(src) {
  var out = new Uint8ClampedArray(src.length);
  var kernel = new Float32Array([1, 2, 1, 2, 4, 2, 1, 2, 1]);
  for (var j = 0; j < N; j++) {
    for (var i = 0; i < N; i++) {
      for (var ch = 0; ch < 3; ch++) {
        var acc = 0;
        for (var dj = -1; dj <= 1; dj++) {
          var y = j + dj < 0 ? 0 : j + dj >= N ? N - 1 : j + dj;
          for (var di = -1; di <= 1; di++) {
            var x = i + di < 0 ? 0 : i + di >= N ? N - 1 : i + di;
            acc += kernel[(dj + 1) * 3 + di + 1] * src[(y * N + x) * 4 + ch];
          }
        }
        out[(j * N + i) * 4 + ch] = acc / 16;
      }
      out[(j * N + i) * 4 + 3] = 255;
    }
  }
  return out;
}

function run() {
  var f = new Fluid();
  for (var s = 0; s < STEPS; s++) {
    f.addSources(s);
    f.step();
  }
  if (!(f.worstProjection < 0.8))
    throw new Error("fluid: projection does not remove divergence (ratio " + f.worstProjection + ")");
  var total = 0, min = Infinity;
  for (var j = 1; j <= N; j++)
    for (var i = 1; i <= N; i++) {
      var x = f.d[IX(i, j)];
      total += x;
      if (x < min) min = x;
    }
  if (!(min >= 0)) throw new Error("fluid: negative density " + min);
  // diffusion keeps the total; back-traced advection only loses some of it
  if (!(total > 0.6 * f.added && total < 1.001 * f.added))
    throw new Error("fluid: density total " + total + " out of range for the " + f.added + " added");
  var img = blur(render(f.d));
  var sum = 0;
  for (var k = 0; k < img.length; k++) sum += img[k];
  if (sum !== EXPECTED_IMAGE_SUM)
    throw new Error("fluid: wrong image checksum " + sum + ", expected " + EXPECTED_IMAGE_SUM);
  return sum;
}

// --- when run as a plain script: benchmarks/README.md ----------------------
(function () {
  if (typeof globalThis !== "undefined" && globalThis.__bench) return;
  var args = typeof scriptArgs !== "undefined" ? scriptArgs
           : typeof process !== "undefined" ? process.argv.slice(2) : [];
  var log = typeof print === "function" ? print : console.log;
  var n = args.length > 0 ? parseInt(args[0], 10) : 5;
  var result;
  for (var i = 0; i < n; i++) result = run();
  if (n > 0) log("fluid: " + result);
})();
