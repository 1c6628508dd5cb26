const P = Object.getPrototypeOf(Int8Array.prototype);
print(Object.getOwnPropertyNames(P).sort().join());
// Int8Array: Uint8Array has the base64 / hex methods too (tests/js/lib_base64/properties.js)
print(Object.getOwnPropertyNames(Int8Array.prototype).join());
print(Object.getOwnPropertyNames(Int8Array).sort().join());

// expect: at,buffer,byteLength,byteOffset,constructor,copyWithin,entries,every,fill,filter,find,findIndex,findLast,findLastIndex,forEach,includes,indexOf,join,keys,lastIndexOf,length,map,reduce,reduceRight,reverse,set,slice,some,sort,subarray,toLocaleString,toReversed,toSorted,toString,values,with
// expect: constructor,BYTES_PER_ELEMENT
// expect: BYTES_PER_ELEMENT,length,name,prototype
