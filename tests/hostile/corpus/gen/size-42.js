' '.repeat(2**28).split('');
