print(JSON.stringify(JSON.parse('"ÿ"')));
