// <bpl-dialogue speakers="Teacher|Ana|Ben">: reads the <li data-speaker> lines below it aloud with the
// browser's speech synthesis, one after another, highlighting the line being spoken. Controls are built
// here because only the browser knows whether it can speak and with which voices. Without speech
// synthesis (or without any voice) it says so and the dialogue stays a text to read.
const SPEEDS = [0.75, 1, 1.25, 1.5];
const VOICE_WAIT_MS = 1500;

class BplDialogue extends HTMLElement {
  private index = 0;
  private playing = false;
  private rate = 1;
  private voices: SpeechSynthesisVoice[] = [];
  private voiceOf = new Map<string, SpeechSynthesisVoice | null>();
  private status?: HTMLElement;
  private playButton?: HTMLButtonElement;
  private pauseButton?: HTMLButtonElement;
  private built = false;

  connectedCallback() {
    if (this.built) {
      return;
    }
    this.built = true;
    // Vaadin may attach the children after the element: build once they are there.
    queueMicrotask(() => this.build());
  }

  disconnectedCallback() {
    if (this.playing && 'speechSynthesis' in window) {
      window.speechSynthesis.cancel();
    }
    this.playing = false;
  }

  private get lines(): HTMLElement[] {
    return Array.from(this.querySelectorAll<HTMLElement>('li[data-speaker]'));
  }

  private get speakers(): string[] {
    return (this.getAttribute('speakers') ?? '').split('|').filter((s) => s);
  }

  private build() {
    const controls = this.querySelector<HTMLElement>('.bpl-dialogue-controls');
    if (!controls) {
      return;
    }
    this.status = document.createElement('p');
    this.status.className = 'bpl-dialogue-status';
    this.status.setAttribute('role', 'status');
    controls.append(this.status);
    const synth = (window as any).speechSynthesis as SpeechSynthesis | undefined;
    if (!synth || typeof (window as any).SpeechSynthesisUtterance === 'undefined') {
      this.unavailable();
      return;
    }
    this.say('Looking for voices…');
    const found = synth.getVoices();
    if (found.length > 0) {
      this.ready(found);
      return;
    }
    let done = false;
    const onVoices = () => {
      const v = synth.getVoices();
      if (!done && v.length > 0) {
        done = true;
        this.ready(v);
      }
    };
    synth.addEventListener?.('voiceschanged', onVoices);
    setTimeout(() => {
      if (!done) {
        done = true;
        this.unavailable();
      }
    }, VOICE_WAIT_MS);
  }

  private unavailable() {
    this.setAttribute('speech', 'unavailable');
    this.say('Reading aloud is not available in this browser: read the dialogue below.');
  }

  private ready(voices: SpeechSynthesisVoice[]) {
    this.setAttribute('speech', 'available');
    const english = voices.filter((v) => (v.lang ?? '').toLowerCase().startsWith('en'));
    this.voices = english.length > 0 ? english : voices;
    const controls = this.querySelector<HTMLElement>('.bpl-dialogue-controls')!;
    const row = document.createElement('div');
    row.className = 'bpl-dialogue-buttons';
    this.playButton = this.button('Play', () => this.play());
    this.playButton.classList.add('bpl-dialogue-play');
    this.pauseButton = this.button('Pause', () => this.pause());
    this.pauseButton.classList.add('bpl-dialogue-pause');
    this.pauseButton.disabled = true;
    const restart = this.button('From the start', () => this.restart());
    row.append(this.playButton, this.pauseButton, restart, this.speedSelect());
    controls.append(row);
    if (this.voices.length > 1) {
      const voiceRow = document.createElement('div');
      voiceRow.className = 'bpl-dialogue-voices';
      this.speakers.forEach((speaker, i) => voiceRow.append(this.voiceSelect(speaker, i)));
      controls.append(voiceRow);
    } else {
      this.speakers.forEach((s) => this.voiceOf.set(s, this.voices[0] ?? null));
    }
    this.say('Ready to read aloud.');
  }

  private button(text: string, action: () => void): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.className = 'bpl-dialogue-button';
    b.addEventListener('click', action);
    return b;
  }

  private speedSelect(): HTMLElement {
    const label = document.createElement('label');
    label.textContent = 'Speed ';
    const select = document.createElement('select');
    select.className = 'bpl-dialogue-speed';
    SPEEDS.forEach((s) => {
      const o = document.createElement('option');
      o.value = String(s);
      o.textContent = `${s}×`;
      o.selected = s === 1;
      select.append(o);
    });
    select.addEventListener('change', () => {
      this.rate = Number(select.value);
    });
    label.append(select);
    return label;
  }

  private voiceSelect(speaker: string, i: number): HTMLElement {
    const label = document.createElement('label');
    label.textContent = `${speaker}'s voice `;
    const select = document.createElement('select');
    select.className = 'bpl-dialogue-voice';
    this.voices.forEach((v, k) => {
      const o = document.createElement('option');
      o.value = String(k);
      o.textContent = `${v.name} (${v.lang})`;
      select.append(o);
    });
    // A different voice per speaker where there are enough of them.
    const pick = i % this.voices.length;
    select.value = String(pick);
    this.voiceOf.set(speaker, this.voices[pick]);
    select.addEventListener('change', () => this.voiceOf.set(speaker, this.voices[Number(select.value)]));
    label.append(select);
    return label;
  }

  private play() {
    const synth = window.speechSynthesis;
    if (this.playing) {
      return;
    }
    this.playing = true;
    this.playButton!.disabled = true;
    this.pauseButton!.disabled = false;
    if (synth.paused && synth.speaking) {
      synth.resume();
      this.say(`Reading line ${this.index + 1} of ${this.lines.length}.`);
      return;
    }
    this.speak();
  }

  private pause() {
    if (!this.playing) {
      return;
    }
    this.playing = false;
    window.speechSynthesis.pause();
    this.playButton!.disabled = false;
    this.pauseButton!.disabled = true;
    this.say(`Paused at line ${this.index + 1}.`);
  }

  private restart() {
    window.speechSynthesis.cancel();
    this.playing = false;
    this.index = 0;
    this.highlight(-1);
    this.play();
  }

  private speak() {
    const lines = this.lines;
    if (this.index >= lines.length) {
      this.finish();
      return;
    }
    const li = lines[this.index];
    const speaker = li.dataset.speaker ?? '';
    const text = li.querySelector('span')?.textContent ?? li.textContent ?? '';
    const u = new SpeechSynthesisUtterance(text);
    u.rate = this.rate;
    const voice = this.voiceOf.get(speaker);
    if (voice) {
      u.voice = voice;
      u.lang = voice.lang;
    }
    const at = this.index;
    u.onend = () => {
      if (this.playing && this.index === at) {
        this.index++;
        this.speak();
      }
    };
    u.onerror = () => {
      if (this.index === at && this.playing) {
        this.playing = false;
        this.playButton!.disabled = false;
        this.pauseButton!.disabled = true;
        this.say('The browser stopped reading. Press Play to go on.');
      }
    };
    this.highlight(at);
    this.say(`Reading line ${at + 1} of ${lines.length}: ${speaker}.`);
    window.speechSynthesis.speak(u);
  }

  private finish() {
    this.playing = false;
    this.index = 0;
    this.highlight(-1);
    this.playButton!.disabled = false;
    this.pauseButton!.disabled = true;
    this.say('Finished. Press Play to hear it again.');
  }

  private highlight(at: number) {
    this.lines.forEach((li, i) => {
      li.classList.toggle('bpl-speaking', i === at);
      if (i === at) {
        li.setAttribute('aria-current', 'true');
        li.scrollIntoView({ block: 'nearest' });
      } else {
        li.removeAttribute('aria-current');
      }
    });
  }

  private say(text: string) {
    if (this.status) {
      this.status.textContent = text;
    }
  }
}

customElements.define('bpl-dialogue', BplDialogue);
