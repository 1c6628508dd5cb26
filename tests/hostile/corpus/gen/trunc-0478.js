function t(v) { return v ? "T" : "F"; }
print(t(0) + t(-0) + t(NaN) + t("") + t(null) + t(undefined) + t(false)); // expect: FFFFFFF
print(t(1) + t(-1) + t("0") + t(" ") + t({}) + t([]) + t(function () {}) + t(Infinity)); // expect: TTTTTTTT
print(!!"false"); // expect: true
print(!0); // expect: 