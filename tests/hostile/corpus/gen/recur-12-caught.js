try { var o={get [Symbol.iterator](){return [...this]}}; [...o]; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
