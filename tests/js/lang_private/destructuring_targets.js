// Private references as destructuring and for-of targets.
class T {
  #a; #b; #c = [];
  run() {
    [this.#a, this.#b] = [1, 2];
    ({ x: this.#a, y: this.#b = 'dflt' } = { x: 'X' });
    for (this.#c of [[1], [2, 3]]) ;
    [...this.#c] = 'hey';
    return [this.#a, this.#b, this.#c.join('')].join(',');
  }
}
console.log(new T().run());
// expect: X,dflt,hey
