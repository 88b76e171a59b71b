// Runs one workload's library side in a loop for profiling:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.mjs <workload file name> [size] [rounds]
//   node bench/profile-summary.mjs /tmp/prof/<newest>.cpuprofile
const [file, size = '10000', rounds = '5'] = process.argv.slice(2);
const workload = await import(`./workloads/${file}.mjs`);
const data = workload.setup(Number(size));
for (let i = 0; i < Number(rounds); i++) workload.library(data);
