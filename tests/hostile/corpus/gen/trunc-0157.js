function t(v) { return v ? "T" : "F"; }
print(t(0) + t(-0) + t(NaN) + t("") + t(null) + t(undefi