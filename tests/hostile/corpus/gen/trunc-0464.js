const d = new DataView(new ArrayBuffer(8));
d.setInt8(0, 300); print(d.getInt8(0));
d.setUin