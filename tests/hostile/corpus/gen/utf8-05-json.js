print(JSON.stringify(JSON.parse('"ð€€€"')));
