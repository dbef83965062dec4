/** A Proxy number: what `proxy_identifier` and `proxy_identifier_sid` name. */
export interface ProxyNumber {
  number: string;
  sid: string;
}

/**
 * The service's pool of masked numbers. A participant created without ProxyIdentifier(Sid) gets
 * one not yet used in its session; a number or SID the pool does not know joins it, paired.
 */
export class ProxyPool {
  private readonly numbers: ProxyNumber[];

  constructor(
    numbers: ProxyNumber[],
    private readonly mintSid: (prefix: string) => string,
  ) {
    this.numbers = [...numbers];
  }

  get all(): readonly ProxyNumber[] {
    return this.numbers;
  }

  pick(used: ReadonlySet<string>): ProxyNumber {
    return this.numbers.find((entry) => !used.has(entry.number)) ?? this.numbers[used.size % this.numbers.length]!;
  }

  byNumber(number: string): ProxyNumber {
    return this.numbers.find((entry) => entry.number === number) ?? this.add({ number, sid: this.mintSid('PN') });
  }

  bySid(sid: string): ProxyNumber {
    const known = this.numbers.find((entry) => entry.sid === sid);
    return known ?? this.add({ number: `+1555${String(2_000_000 + this.numbers.length).padStart(7, '0')}`, sid });
  }

  private add(entry: ProxyNumber): ProxyNumber {
    this.numbers.push(entry);
    return entry;
  }
}
