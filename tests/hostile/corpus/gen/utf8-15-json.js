print(JSON.stringify(JSON.parse('"ğŸ˜"')));
