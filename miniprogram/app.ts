// Loading the core first installs the polyfills before any page code runs.
import './core';

App({});
