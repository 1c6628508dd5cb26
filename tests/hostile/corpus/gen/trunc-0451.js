var d = new Date(Date.UTC(2024, 2, 5, 10, 20, 30));
print(typeof d.toLocaleString(), typeof d.toLocaleDateString(), typeof d.toLocaleTimeString());
print(new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString());
try { Date.prototype.toLocaleString.call(1); } catch (e) { print(e.name); }
// expect: string string string
// expect: Invalid Date Inva