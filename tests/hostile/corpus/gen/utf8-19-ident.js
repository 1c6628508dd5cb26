var aü„€€€€b = 1;
