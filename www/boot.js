// Starts the analysis worker as early as possible: an async module script runs as soon as
// it and lib/client.js have loaded, before app.js and the widget's modules. The worker then
// fetches and compiles the wasm while the page loads the demo articles.
import { sharedClient } from './lib/client.js';

sharedClient().warm();
