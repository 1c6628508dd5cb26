// resolving with a native promise takes two extra ticks (NewPromiseResolveThenableJob)
const