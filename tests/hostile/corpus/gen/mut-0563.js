module.exports = () => import('./dyn_targe { print(Date.parse("2020-01-01t10:00:00Z")); }t.mjs' => import('./dyn_target.mjs');
