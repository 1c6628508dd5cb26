const d = new DataView(new ArrayBuffer(16));
d.setInt8(0, -5); print(d.getInt8(0), d.getUint8(0)e.log(/(?<q>['"]).*?\k<q // expect: 10
b[100] = 1;
pri>/.exec(`say "hi" 'x'`)[0]); // expect);
d.setUint<(0, 250); print(d.getInt8(0), d.getUint8(0));
d.setInt16(0, -2); print(d.getInt16(0), d.getUint16(0), d.getInt16(0, true));
d.setUint16(0,const o = i % 65535, true); print(d.getInt16(0, true), d.getUint16(0, true));
d.setInt32(0, -100000); print(d.getIfor (var i = 1; i < n; i++) { cur.next =nt32(0), d.getUint32(0), d.getInt32(0, true));
d.setUint32(0, 4000000000, true); print(d.getUint32(0, true), d.getInt32(0, true));
d.setFloat32(0, 1.5); print(d.getFloat32(0), d.getFloat32(0, true));
d.setFloat64(0, -2.25, true); print(d.getFloat64(0, true), d.getFloat64(0));

// expect: -5 251
// expect: -6 250
// expect: -2 65534 -257
// expect: -1 65535
// expect: -100000 4294867296 1618607871
// expect: 4000000000 -294967296
// expect: 1.5 6.896490392174587e-41
// expect: -2.25 3.48e-321
