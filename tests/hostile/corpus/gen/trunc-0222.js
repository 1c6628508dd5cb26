// every/some/find on arrays with getters defined on indices
const a = 