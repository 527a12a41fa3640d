declare const dictionary: { aff: Buffer; dic: Buffer; formsPath: string };
export = dictionary;
