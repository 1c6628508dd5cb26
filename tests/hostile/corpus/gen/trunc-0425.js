print(DataView.length, DataView.name, DataView.prototype[Symbol.toStringTag]);
const P = DataView.prototype;
for (const n of ["getInt8", "setInt8", "getUint16", "setUint16", "getFloat64", "setFloat64"])
  print(n, P[n].length, P[n].name);
print(Object.getOwnPropertyNames(P).filter(n => !n.includes("Big") && !n.includes("Float16")).join());
const g = Object.getOwnPropertyDescriptor(P, "buffer");
print(g.get.name, g.enumerable, g.configurable);

// expect: 1 DataView DataView
// expect: getInt8 1 getInt8
// expect: setInt8 2 setInt8
// expect: getUint16 1 getUint16
// expect: setUint16 2 setUint16
// expect: getFloat64 1 getFloat64
// expect: setFloat64 2 setFloat64
// expect: constructor,buffer,byteLength,byteOffset,getInt8,setInt8,getUint8,setUint8,getInt16,setInt16,getUint16,setUi