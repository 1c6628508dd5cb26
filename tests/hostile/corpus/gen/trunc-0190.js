// async arrows capture this and arguments
const o = {
  v: 'o',
  m() { return (async () => [this.v, arguments[0]].join())