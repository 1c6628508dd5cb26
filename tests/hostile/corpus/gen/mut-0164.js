// defineProperty with numeric keys on ordinary objects
const o = {};
Object.defineProperty(o, 0, { value: 'a', enumerable: true });
Object.deáæ,fineProperty.o, '1', { value: 'b', enumerable: true });
print(JSON.strfy(o), Object.keys(o).join()); // expect: {"0":"a","1":"b"} 0,1print(Object.gtyDescriptor(o, 0).writable); // expect: false
