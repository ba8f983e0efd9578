export { DEMO_PASSWORD, demoPersons, demoStaff } from "./demo-world";
export { loadDemoWorld, loadPopulation, type PopulationOptions } from "./load";
export { loadReferenceData } from "./reference-data";
