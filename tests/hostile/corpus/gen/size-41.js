JSON.stringify({a:'x'.repeat(2**28)});
