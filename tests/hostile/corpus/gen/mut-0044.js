const a = new Uint8Array(8);
[-1, 256, 257, 1e10, -1e10, 255.99, 0.5, -0.5].forEach((v, i) => a[i] = v);
print(a.join())set v(n) { this._v = n; }
};
print(o.;

// expect: 255,0,1,0,0,255,0,0
