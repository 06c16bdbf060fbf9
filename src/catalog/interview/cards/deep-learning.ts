import type { CardInput } from './types.js';

/** Deep learning and PyTorch at the depth applied roles ask for. */
export const deepLearningCards: CardInput[] = [
  {
    id: 'dl-backpropagation',
    topic: 'deep-learning',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt: 'Explain backpropagation without equations.',
    answer:
      'The forward pass computes the prediction and the loss layer by layer. Backpropagation then applies the chain rule from the loss back towards the input: each layer receives how much the loss changes with its output and works out how much it changes with its own weights and its input, passing the latter to the layer before. That yields the gradient for every weight in one backward sweep, which the optimizer uses to update them. Frameworks such as PyTorch do this automatically with autograd.',
    skills: ['neural-networks', 'calculus'],
  },
  {
    id: 'dl-activation-functions',
    topic: 'deep-learning',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'Why do neural networks need activation functions, and why is ReLU popular?',
    answer:
      'Without a nonlinearity, stacked linear layers collapse into one linear function, so depth adds nothing. Sigmoid and tanh saturate for large inputs, where their gradients nearly vanish and deep networks learn slowly. ReLU, max(0, x), is cheap and keeps a gradient of 1 for positive inputs, which made deep networks trainable; its weakness is units stuck at zero, which variants such as Leaky ReLU or GELU (common in transformers) soften.',
    skills: ['neural-networks'],
  },
  {
    id: 'dl-vanishing-exploding-gradients',
    topic: 'deep-learning',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'What are vanishing and exploding gradients, and how are they handled?',
    answer:
      'Backpropagation multiplies many per-layer factors, so gradients can shrink towards zero (early layers stop learning) or grow until the loss becomes NaN. Remedies include ReLU-family activations, careful initialization (He or Xavier), normalization layers, residual connections that give gradients a direct path, gated units in recurrent networks, and gradient clipping for explosions. Watching gradient norms during training shows which problem you have.',
    skills: ['neural-networks', 'pytorch-training-loop'],
  },
  {
    id: 'dl-batchnorm-layernorm',
    topic: 'deep-learning',
    rounds: ['technical-screen'],
    level: 'mid',
    prompt: 'What is the difference between batch normalization and layer normalization?',
    answer:
      'Batch normalization normalizes each feature across the examples in a batch, keeps running averages for inference, and therefore behaves differently in training and evaluation mode and poorly with tiny batches. Layer normalization normalizes across the features of each single example, so it does not depend on batch size, which is why transformers and recurrent networks use it. Both stabilize and speed up training.',
    skills: ['neural-networks'],
  },
  {
    id: 'dl-dropout',
    topic: 'deep-learning',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'How does dropout work, and what must you remember at inference time?',
    answer:
      'During training, dropout sets a random fraction of activations to zero on each step and scales the rest up to compensate, so the network cannot rely on any single unit, which reduces overfitting. At inference it must be off: in PyTorch call `model.eval()`, which also switches batch normalization to its running statistics. Forgetting it gives noisy, non-repeatable predictions.',
    skills: ['neural-networks', 'pytorch'],
  },
  {
    id: 'dl-optimizers',
    topic: 'deep-learning',
    rounds: ['technical-screen'],
    level: 'mid',
    prompt: 'Compare SGD with momentum and Adam. What is AdamW?',
    answer:
      'SGD with momentum accumulates a running direction of past gradients, which smooths noisy steps and often generalizes very well but needs a well-tuned learning rate schedule. Adam adapts a step size per parameter from running estimates of the gradient’s mean and variance, so it converges fast with less tuning. AdamW applies weight decay directly to the weights instead of mixing it into the gradient, which makes the regularization behave as intended and is the default for transformers. A warm-up followed by cosine or step decay is a common schedule.',
    skills: ['neural-networks', 'pytorch-training-loop'],
  },
  {
    id: 'dl-learning-rate-diagnosis',
    topic: 'deep-learning',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt: 'How can you tell from the loss curve whether the learning rate is wrong?',
    answer:
      'Too high: the loss jumps around, climbs, or turns into NaN. Too low: the loss falls very slowly and almost linearly, and training ends before converging. A learning-rate range test (increase the rate every few steps and plot the loss) shows the range where the loss falls fastest; a schedule with warm-up and decay usually helps. The learning rate is the first hyperparameter to tune.',
    skills: ['pytorch-training-loop'],
  },
  {
    id: 'pytorch-training-loop-steps',
    topic: 'deep-learning',
    rounds: ['technical-screen', 'take-home', 'onsite'],
    level: 'entry',
    prompt: 'Write the skeleton of a PyTorch training loop with validation.',
    answer: [
      'Per epoch, call `model.train()` and iterate over the training DataLoader, moving each batch to the device.',
      'For each batch: `optimizer.zero_grad()`, forward pass, compute the loss, `loss.backward()`, `optimizer.step()` (and the scheduler step if used).',
      'Log `loss.item()` rather than the tensor, so the graph is not kept alive.',
      'Then call `model.eval()` and loop over the validation loader inside `torch.no_grad()`, accumulating the metric.',
      'Save a checkpoint when the validation metric improves, and stop early when it has not improved for a set number of epochs.',
    ],
    skills: ['pytorch-training-loop', 'pytorch'],
  },
  {
    id: 'pytorch-dataset-dataloader',
    topic: 'deep-learning',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'What do a PyTorch Dataset and DataLoader do?',
    answer:
      'A Dataset defines `__len__` and `__getitem__`, returning one example (for instance an image tensor and its label) and applying per-example transforms. A DataLoader wraps it to build batches, shuffle for training, load in parallel with `num_workers`, combine examples of different sizes with a custom `collate_fn` and speed up transfer to the GPU with `pin_memory`. Keeping loading in the Dataset keeps the training loop simple and lets data loading overlap with computation.',
    skills: ['pytorch'],
  },
  {
    id: 'pytorch-checkpoints',
    topic: 'deep-learning',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'How do you save and resume PyTorch training properly?',
    answer:
      'Save a dictionary with the model’s `state_dict()`, the optimizer’s and the scheduler’s state dicts, the epoch, the best metric and the random-number-generator states, using `torch.save`. To resume, rebuild the same model and optimizer, then `load_state_dict` each part, with `map_location` when moving between GPU and CPU. Saving the whole model object with pickle ties the file to your code layout, so prefer state dicts, and export separately (TorchScript or ONNX) for serving.',
    skills: ['pytorch'],
  },
  {
    id: 'pytorch-model-not-learning',
    topic: 'deep-learning',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'Your network’s loss does not go down. How do you debug it?',
    answer: [
      'Try to overfit one small batch: if the loss cannot reach near zero, the problem is in the code, not the data size.',
      'Check the data: look at a few inputs and labels after all transforms, confirm they line up and are normalized as intended.',
      'Check the loss setup: CrossEntropyLoss expects raw logits and class indices, so an extra softmax before it or targets of the wrong shape or type quietly hurt learning.',
      'Confirm `optimizer.zero_grad()` runs each step, all parameters are passed to the optimizer, and `model.train()` is set.',
      'Sweep the learning rate and watch gradient norms for zeros or explosions.',
    ],
    skills: ['pytorch-training-loop'],
    tags: ['debugging'],
  },
  {
    id: 'dl-transfer-learning',
    topic: 'deep-learning',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt:
      'What is transfer learning, and how would you fine-tune a pretrained model on a small dataset?',
    answer:
      'A model pretrained on a large dataset has already learned general features (edges and textures for images, grammar and meaning for text), which you reuse for your task. Replace the output head, first train only the head with the backbone frozen, then unfreeze some or all layers and continue with a much smaller learning rate. Use the same input preprocessing as the pretrained model, and monitor validation loss closely, since small datasets overfit quickly.',
    skills: ['cnn-transfer-learning', 'transformer-models'],
  },
  {
    id: 'dl-cross-entropy-logits',
    topic: 'deep-learning',
    rounds: ['technical-screen'],
    level: 'mid',
    prompt: 'When do you use CrossEntropyLoss versus BCEWithLogitsLoss in PyTorch?',
    answer:
      'CrossEntropyLoss is for single-label multi-class problems: it takes one raw logit per class and the index of the true class, and applies log-softmax internally. BCEWithLogitsLoss is for binary or multi-label problems: one logit per label, each treated as an independent yes/no, with the sigmoid applied internally. Both take raw logits because combining the activation with the log inside the loss is numerically stable; apply softmax or sigmoid only when you need probabilities at prediction time.',
    skills: ['pytorch', 'neural-networks'],
  },
  {
    id: 'dl-gpu-out-of-memory',
    topic: 'deep-learning',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'Training crashes with CUDA out of memory. What can you do?',
    answer: [
      'Reduce the batch size, and use gradient accumulation over several small batches to keep the effective batch size.',
      'Train in mixed precision (`torch.autocast` with a gradient scaler, or bfloat16), which roughly halves activation memory.',
      'Use gradient checkpointing to recompute activations in the backward pass instead of storing them.',
      'Look for leaks: accumulating `loss` tensors instead of `loss.item()`, or running validation without `torch.no_grad()`.',
      'Shorten sequences or shrink images, or move to a smaller model.',
    ],
    skills: ['pytorch-training-loop', 'model-optimization'],
  },
];
