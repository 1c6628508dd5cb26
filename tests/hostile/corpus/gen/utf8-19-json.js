print(JSON.stringify(JSON.parse('"ü„€€€€"')));
