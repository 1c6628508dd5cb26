var a = 1;
ü„€€€€ print(a);
