var e = new Error("m");
print(typeof e.stack); /