// async arrows capture this and arguments
const o = {
  v: 'o',
  m()