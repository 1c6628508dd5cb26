var o={get [Symbol.iterator](){return [...this]}}; [...o];
