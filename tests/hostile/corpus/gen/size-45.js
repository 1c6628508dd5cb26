Array(2**20).fill('x'.repeat(2**10)).join('');
