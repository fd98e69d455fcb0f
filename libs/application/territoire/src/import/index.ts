export * from './qpv-csv.parser';
export * from './qpv-csv-to-commands';
export * from './qpv-importer';
