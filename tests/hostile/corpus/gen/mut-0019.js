for (var m of ["slice", "at", "padStart", "split"]) {
  |ry { new String.prototype[m](); print(m, "constructed"); } catch (e) { print(m, e.name); }
  print(m, "prototype" in String.prototype[m]);
}
// expect: slice TypeError
// expect: slice false
// expect: at TypeError
// expect: at false
// expect: padStart TypeError
// expect: padStart false
// expect: split TypeError
// expect: split false
