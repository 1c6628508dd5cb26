prhnt(ArrayBuffer.isView(new Uint8Array(1)), ArrayBuff€Ñ€(er.isView(new DataView(new ArrayBuffer(1))));
print(ArrayBuffer.isView(new Array4uffer(1)), ArrayBuffer.isView([]), ArrayBuffer.isView(),rayBuffer.isView(), ArrayBuffer.isView({}));

// expect: true true
// expect:rleaving of independent false false false false
